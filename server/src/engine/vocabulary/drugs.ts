/**
 * Medications that count as conservative care for low back pain / radicular pain.
 * Each row: the lower-case generic (or class) name the engine reports, and the names notes use
 * for it (brand names, common misspellings). Lower case; spaces also match hyphens.
 * A clinician can add rows or names; a drug not listed here is not reported.
 *
 * Class mentions ("NSAIDs", "anti-inflammatories", "muscle relaxants") report the class name.
 * Injectates ("Depo-Medrol 80 mg was injected") and IV forms (Solu-Medrol) are not oral therapy and are skipped in code.
 * Deliberately absent: aspirin (mostly cardiac prophylaxis), IV/inpatient opioids (morphine,
 * hydromorphone, fentanyl), drugs for other indications.
 */
export const DRUGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  // Gabapentinoids (the guideline's "neuropathic" trial).
  ['gabapentin', ['gabapentin', 'gabapentine', 'gabapenten', 'gabapentin enacarbil', 'neurontin', 'neurontin', 'gralise', 'horizant']],
  ['pregabalin', ['pregabalin', 'pregablin', 'pregabaline', 'lyrica', 'lyrica cr']],
  // NSAIDs.
  ['ibuprofen', ['ibuprofen', 'ibuprophen', 'ibuprofin', 'motrin', 'advil']],
  ['naproxen', ['naproxen', 'naproxin', 'naprosyn', 'naprosin', 'aleve', 'anaprox', 'naprelan']],
  ['meloxicam', ['meloxicam', 'mobic']],
  ['celecoxib', ['celecoxib', 'celebrex']],
  ['diclofenac', ['diclofenac', 'voltaren', 'arthrotec', 'cambia', 'zipsor']],
  ['etodolac', ['etodolac', 'lodine']],
  ['nabumetone', ['nabumetone', 'relafen']],
  ['ketorolac', ['ketorolac', 'toradol']],
  ['indomethacin', ['indomethacin', 'indocin']],
  ['piroxicam', ['piroxicam', 'feldene']],
  ['oxaprozin', ['oxaprozin', 'daypro']],
  ['sulindac', ['sulindac', 'clinoril']],
  ['ketoprofen', ['ketoprofen']],
  ['diflunisal', ['diflunisal']],
  ['salsalate', ['salsalate']],
  ['nsaid', [
    'nsaid', 'nsaids', "nsaid's", 'nsaids', 'nonsteroidal anti inflammatory', 'nonsteroidal anti inflammatories',
    'nonsteroidal anti inflammatory drugs', 'nonsteroidal anti inflammatory medication', 'nonsteroidal anti inflammatory medications',
    'non steroidal anti inflammatory', 'non steroidal anti inflammatories', 'non steroidal anti inflammatory drugs',
    'non steroidal anti inflammatory medications', 'anti inflammatory', 'anti inflammatories', 'antiinflammatory', 'antiinflammatories',
    'anti inflammatory medication', 'anti inflammatory medications', 'anti inflammatory drugs', 'anti inflammatory meds',
    'antiinflammatory medication', 'antiinflammatory medications', 'nonsteroidals', 'non steroidals', 'nonsteroidal', 'nonsteroidal medications',
  ]],
  // Muscle relaxants.
  ['cyclobenzaprine', ['cyclobenzaprine', 'cyclobenzeprine', 'flexeril', 'flexaril', 'amrix']],
  ['methocarbamol', ['methocarbamol', 'robaxin']],
  ['tizanidine', ['tizanidine', 'zanaflex']],
  ['baclofen', ['baclofen']],
  ['carisoprodol', ['carisoprodol', 'soma']],
  ['metaxalone', ['metaxalone', 'skelaxin']],
  ['orphenadrine', ['orphenadrine', 'norflex']],
  ['chlorzoxazone', ['chlorzoxazone', 'parafon forte', 'lorzone']],
  ['muscle relaxant', ['muscle relaxant', 'muscle relaxants', 'muscle relaxer', 'muscle relaxers']],
  // Oral corticosteroids.
  ['methylprednisolone', [
    'methylprednisolone', 'medrol', 'medrol dosepak', 'medrol dose pak', 'medrol dosepack', 'medrol dose pack', 'medrol dose-pak',
    'medrol pack', 'medrol taper', 'methylprednisolone dose pack', 'methylprednisolone dosepak',
  ]],
  ['prednisone', ['prednisone', 'prednisone taper', 'deltasone']],
  ['corticosteroid', ['oral steroid', 'oral steroids', 'steroid taper', 'steroid dose pack', 'steroid dosepak', 'steroid pack', 'oral corticosteroids', 'oral corticosteroid']],
  // Other neuropathic / analgesic agents.
  ['duloxetine', ['duloxetine', 'cymbalta']],
  ['amitriptyline', ['amitriptyline', 'elavil']],
  ['nortriptyline', ['nortriptyline', 'pamelor']],
  ['acetaminophen', ['acetaminophen', 'tylenol', 'paracetamol']],
  ['tramadol', ['tramadol', 'ultram', 'ultracet']],
  ['hydrocodone', ['hydrocodone', 'norco', 'vicodin', 'lortab', 'hydrocodone acetaminophen']],
  ['oxycodone', ['oxycodone', 'percocet', 'oxycontin', 'roxicodone']],
  ['tapentadol', ['tapentadol', 'nucynta']],
  ['opioid', ['opioid', 'opioids', 'opiate', 'opiates', 'narcotic', 'narcotics', 'narcotic pain medication', 'narcotic pain medications']],
  // "lidocaine" alone counts only with "patch" after it (in code): otherwise it is an injectate or a local anaesthetic.
  ['lidocaine', ['lidocaine patch', 'lidocaine patches', 'lidoderm', 'lidocaine']],
  ['neuropathic agent', ['neuropathic medication', 'neuropathic medications', 'neuropathic pain medication', 'neuropathic pain medications', 'neuropathic agent', 'neuropathic agents']],
];

/**
 * The class names of DRUGS and the drugs of each class: "NSAID: meloxicam", "NSAIDs (ibuprofen 600 mg TID)" name one
 * drug, the class its label.
 */
export const DRUG_CLASSES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['nsaid', ['ibuprofen', 'naproxen', 'meloxicam', 'celecoxib', 'diclofenac', 'etodolac', 'nabumetone', 'ketorolac', 'indomethacin', 'piroxicam', 'oxaprozin', 'sulindac', 'ketoprofen', 'diflunisal', 'salsalate']],
  ['muscle relaxant', ['cyclobenzaprine', 'methocarbamol', 'tizanidine', 'baclofen', 'carisoprodol', 'metaxalone', 'orphenadrine', 'chlorzoxazone']],
  ['corticosteroid', ['methylprednisolone', 'prednisone']],
  ['opioid', ['tramadol', 'hydrocodone', 'oxycodone', 'tapentadol']],
  ['neuropathic agent', ['gabapentin', 'pregabalin', 'duloxetine', 'amitriptyline', 'nortriptyline']],
];

/**
 * Treatments that show depression or a chronic pain syndrome is being treated ("depression,
 * treated with sertraline", "fibromyalgia on Lyrica", "followed by her psychiatrist"): each row the
 * name the engine reports and the names notes use. Drugs that are also back-pain care (duloxetine,
 * the tricyclics, the gabapentinoids) are listed once, in DRUGS above, and named here by their
 * generic name (MOOD_AND_PAIN_DRUGS_FROM_DRUGS).
 */
export const MOOD_AND_PAIN_TREATMENTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['sertraline', ['sertraline', 'zoloft']],
  ['fluoxetine', ['fluoxetine', 'prozac']],
  ['citalopram', ['citalopram', 'celexa']],
  ['escitalopram', ['escitalopram', 'lexapro']],
  ['paroxetine', ['paroxetine', 'paxil']],
  ['fluvoxamine', ['fluvoxamine', 'luvox']],
  ['venlafaxine', ['venlafaxine', 'effexor', 'effexor xr']],
  ['desvenlafaxine', ['desvenlafaxine', 'pristiq']],
  ['bupropion', ['bupropion', 'wellbutrin', 'wellbutrin xl', 'wellbutrin sr']],
  ['mirtazapine', ['mirtazapine', 'remeron']],
  ['trazodone', ['trazodone', 'desyrel']],
  ['vortioxetine', ['vortioxetine', 'trintellix']],
  ['vilazodone', ['vilazodone', 'viibryd']],
  ['antidepressant', ['antidepressant', 'antidepressants', 'anti depressant', 'anti depressants', 'ssri', 'ssris', 'snri', 'snris']],
  ['psychotherapy', ['psychotherapy', 'counseling', 'counselling', 'cbt', 'cognitive behavioral therapy', 'cognitive behavioural therapy', 'talk therapy', 'pain psychology']],
  ['psychiatric care', ['psychiatrist', 'psychiatry', 'psychologist', 'therapist', 'behavioral health', 'behavioural health', 'mental health']],
];

/** Rows of DRUGS (by generic name) that also treat depression or a chronic pain syndrome. */
export const MOOD_AND_PAIN_DRUGS_FROM_DRUGS: readonly string[] = ['duloxetine', 'amitriptyline', 'nortriptyline', 'pregabalin', 'gabapentin'];
