import { Extractor } from './types';
import { parsDefectExtractor } from './parsDefect';
import { listhesisExtractor } from './listhesis';
import { stenosisExtractor } from './stenosis';
import { nerveRootContactExtractor } from './nerveRootContact';
import { spondylosisExtractor } from './spondylosis';

/** Every built-in extractor, in the order their findings are reported for one sentence. */
export const EXTRACTORS: readonly Extractor[] = [
  parsDefectExtractor,
  listhesisExtractor,
  stenosisExtractor,
  nerveRootContactExtractor,
  spondylosisExtractor,
];
