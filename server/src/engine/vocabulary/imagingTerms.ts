/**
 * The words that name an imaging finding, which the imaging extractors' patterns are built from and
 * the stems that wake them are derived from (text/anchors.ts): a word added here is both matched and woken on.
 */

/** Stenosis (extractors/stenosis.ts); "narrowing" counts only with a canal, foramen or recess beside it. */
export const STENOSIS_TERMS: readonly string[] = [
  'stenosis', 'stenoses', 'stenotic', 'narrow', 'narrowing', 'narrowings', 'narrowed', 'narrows',
  'encroach', 'encroachment', 'encroaching', 'encroaches', 'compromise', 'compromised', 'compromises',
];

/** The sac whose compression is stenosis ("thecal sac compression", "compressing the thecal sac"). */
export const THECAL_SAC_WORDS: readonly string[] = ['thecal'];

/** The exit canals whose compression is foraminal stenosis ("compressing the exiting neural canals", "compressing both neural foramina"). */
export const EXIT_CANAL_WORDS: readonly string[] = [
  ...['exit', 'exiting'].flatMap((e) => ['', 'neural '].flatMap((n) => ['canal', 'canals', 'foramen', 'foramina'].map((c) => `${e} ${n}${c}`))),
  'neural canal', 'neural canals', 'neural foramen', 'neural foramina', 'neural foraminal', 'neuroforamen', 'neuroforamina',
  'foramen', 'foramina', 'foraminal',
];

/** A nerve root (extractors/nerveRootContact.ts): the mention must name one. */
export const NERVE_ROOT_WORDS: readonly string[] = ['root', 'roots'];

/** Degenerative change of the spine (extractors/spondylosis.ts). */
export const SPONDYLOSIS_TERMS: readonly string[] = [
  'spondylosis', 'spondyloses', 'spondylotic', 'spondylotic change', 'spondylotic changes', 'ddd',
  'degenerative disc disease', 'degenerative disk disease', 'degenerative change', 'degenerative changes', 'degenerative disease',
  'degenerative arthritis', 'disc degeneration', 'disk degeneration', 'degenerated disc', 'degenerated discs', 'degenerated disk',
  'degenerated disks',
  ...['facet', 'adjacent segment'].flatMap((part) =>
    ['', 'joint '].flatMap((joint) => ['degeneration', 'degenerative change', 'degenerative changes'].map((change) => `${part} ${joint}${change}`)),
  ),
  'osteoarthritis of the spine', 'osteoarthritis of the lumbar spine',
];

/** "Degenerative disc(s)", but not of a disc's bulge or herniation ("degenerative disc bulge"). */
export const DEGENERATIVE_DISC_TERMS: readonly string[] = ['degenerative disc', 'degenerative discs', 'degenerative disk', 'degenerative disks'];

/** The pars interarticularis (extractors/parsDefect.ts): a defect must be named with it, unless the word is "spondylolysis". */
export const PARS_WORDS: readonly string[] = ['pars', 'pars interarticularis', 'pars inter-articularis', 'interarticularis'];

/** A pars defect in one word or two. */
export const SPONDYLOLYSIS_TERMS: readonly string[] = ['spondylolysis', 'spondylolyses', 'spondylolytic defect', 'spondylolytic defects'];

/** A stress injury of a vertebra ("stress fracture at L5"): an athlete's pars stress fracture. */
export const STRESS_INJURY_TERMS: readonly string[] = ['stress fracture', 'stress fractures', 'stress reaction', 'stress reactions'];

/** "listhesis" and its misspellings (lysthesis, listesis...), inside words too ("spondylolisthesis", "anterolysthesis"). */
export const LISTHESIS_SPELLINGS: readonly string[] = ['i', 'y'].flatMap((v) => ['', 's'].flatMap((s) => ['t', 'th'].map((t) => `l${v}${s}${t}esis`)));

/** A slip named without "listhesis" (extractors/listhesis.ts): "2 mm anterior slip", "subluxation", "spondyloptosis". */
export const SLIP_WORDS: readonly string[] = [
  'slip', 'slippage', 'slipping', 'slipped', 'subluxation', 'subluxed', 'translation', 'translated', 'displacement', 'displaced',
];
export const PTOSIS_WORDS: readonly string[] = ['spondyloptosis'];
