import { Extractor } from './types';
import { parsDefectExtractor } from './parsDefect';
import { listhesisExtractor } from './listhesis';
import { stenosisExtractor } from './stenosis';
import { nerveRootContactExtractor } from './nerveRootContact';
import { spondylosisExtractor } from './spondylosis';
import { conservativeTherapyExtractor } from './conservativeTherapy';
import { radicularSymptomsExtractor } from './radicularSymptoms';
import { redFlagsExtractor } from './redFlags';
import { serialExamExtractor } from './serialExam';
import { serialExamTableExtractor } from './serialExamTable';
import { outcomeMeasuresExtractor } from './outcomeMeasures';
import { outcomeTableExtractor } from './outcomeTable';
import { functionalImpairmentExtractor } from './functionalImpairment';
import { functionalTableExtractor } from './functionalTable';
import { imagingCorrelationExtractor } from './imagingCorrelation';
import { patientPreferenceExtractor } from './patientPreference';
import { riskFactorsExtractor } from './riskFactors';
import { surgicalPlanExtractor } from './surgicalPlan';

/** Every built-in extractor, in the order their findings are reported for one sentence. */
export const EXTRACTORS: readonly Extractor[] = [
  parsDefectExtractor,
  listhesisExtractor,
  stenosisExtractor,
  nerveRootContactExtractor,
  spondylosisExtractor,
  conservativeTherapyExtractor,
  radicularSymptomsExtractor,
  redFlagsExtractor,
  serialExamExtractor,
  serialExamTableExtractor,
  outcomeMeasuresExtractor,
  outcomeTableExtractor,
  functionalImpairmentExtractor,
  functionalTableExtractor,
  imagingCorrelationExtractor,
  patientPreferenceExtractor,
  riskFactorsExtractor,
  surgicalPlanExtractor,
];
