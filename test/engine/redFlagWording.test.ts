import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine';
import { RedFlagType } from '../../server/src/engine/types';

/**
 * Red flags as charts write them, in sentences written from clinical knowledge rather than from the
 * fixtures: HPI prose, review-of-systems lines, exam lines, template fields and shorthand
 * (extractors/redFlags.ts, vocabulary/redFlagTerms.ts), and the same words when they are not a
 * red flag now (denied, resolved, warned of, another cause, another person). The first three groups were
 * not read before the vocabulary of this change; "read before, kept" and the contrasts guard what was right.
 */
const SPINE = 'Chief complaint: low back pain.\n';

const flagsOf = (sentence: string): readonly RedFlagType[] => analyzeNote(SPINE + sentence).case.redFlags;

function reads(type: RedFlagType, sentences: readonly string[]): void {
  for (const sentence of sentences) {
    it(JSON.stringify(sentence), () => assert.ok(flagsOf(sentence).includes(type), `${type} not read in ${JSON.stringify(sentence)}; read ${JSON.stringify(flagsOf(sentence))}`));
  }
}

function readsNone(sentences: readonly string[]): void {
  for (const sentence of sentences) {
    it(JSON.stringify(sentence), () => assert.deepStrictEqual(flagsOf(sentence), [], JSON.stringify(sentence)));
  }
}

describe('red flags in chart wording (redFlags.ts, redFlagTerms.ts)', () => {
  describe('cauda equina symptoms and signs', () => {
    reads('caudaEquina', [
      // HPI prose and patients' words
      'He has been incontinent of urine twice since the fall.',
      'Now with pain radiating down both legs and difficulty initiating urination.',
      'Unable to urinate x 12 hours.',
      'Cannot urinate since last night.',
      'Has been leaking urine since Tuesday.',
      'Pt is having trouble holding her urine since the back pain started.',
      'Numbness of the genitals and buttocks since Monday.',
      'Saddle tingling since yesterday.',
      // review of systems and shorthand
      'Pt endorses urinary incont. x 2 days.',
      'Pt w/ CES sx',
      // exam lines
      'Decreased sensation to pinprick in the perianal region.',
      'Decreased sensation in S3-S5 dermatomes.',
      'Rectal exam with poor tone.',
      'Absent voluntary anal contraction.',
      'Decreased anal sensation.',
      // template fields
      'Bladder: retention',
      'Bowel: incontinent of stool',
      'Sphincter tone: decreased',
      'Rectal: decreased tone',
      'Anal squeeze: decreased',
      // a field after the sentence before it, on one line
      'Back pain for a week. Bladder: incontinent x 2 days',
      'Two days of new urinary retention in a patient with prior cauda equina syndrome.',
      // patients' words, and a template's question answered
      'Pt reports she "can\'t hold her urine" since Sunday.',
      'Wet herself twice this week without warning.',
      'Having accidents with her bladder since the weekend.',
      'Urinary retention? Yes.',
    ]);
  });

  describe('progressive neurological deficit', () => {
    reads('progressiveDeficit', [
      'Right foot drop developed over the past week.',
      'He now has a left foot drop.',
      'Developing foot drop.',
      'Worsening of the left foot drop.',
      'Worsening LLE weakness, now tripping over his toes.',
      'Rapidly progressive bilateral LE weakness.',
      'Increased weakness in the left foot.',
      'Increasing difficulty with heel walking and a new steppage gait.',
      'Weakness worse since last visit.',
      'R foot drop, new since last visit.',
      'Leg weakness: progressive',
      'Plantarflexion strength has declined to 3/5 on the right.',
      'His left leg is getting weaker.',
      'Weakness that has been progressively worsening.',
      'Neurologic deterioration noted over 48 hours.',
      'She reports that her left foot is dragging more over the past week.',
      'New foot dragging since Tuesday.',
    ]);
  });

  describe('slip progression', () => {
    reads('slipProgression', [
      'Anterolisthesis of L5 on S1 has increased from 4 mm to 8 mm since the prior study.',
      'The anterolisthesis has slightly increased.',
      'Further slippage of L4 on L5.',
    ]);
  });

  describe('read before, kept', () => {
    reads('caudaEquina', [
      'She reports new onset urinary incontinence over the past two days.',
      'He has had two episodes of fecal incontinence this week.',
      'Reports numbness in the perineum and inner thighs since this morning.',
      'Loss of bowel control since Saturday.',
      'He has been unable to void since yesterday and required straight catheterization in the ED.',
      'Pt with b/l sciatica and new urinary retention, concerning for cauda equina syndrome.',
      'GU: urinary retention.',
      'Pt c/o urinary and fecal incontinence starting last night.',
      'c/o saddle paresthesia and urinary retention',
      'Rectal tone decreased.',
      'Decreased rectal sphincter tone on DRE.',
      'Saddle hypoesthesia on exam.',
      'Saddle anesthesia: [x] Yes [ ] No',
      'Perineal numbness: present',
      'Urinary: incontinence, new',
    ]);
    reads('progressiveDeficit', [
      'New left foot drop.',
      'Dorsiflexion weakness has progressed despite therapy.',
      'EHL strength decreased from 4/5 to 2/5 since last visit.',
      'Left EHL 3/5, previously 5/5.',
      'Progressive motor deficit: [x] Yes [ ] No',
      'Worsening neuro deficit, now unable to dorsiflex the L ankle.',
      'Gradually worsening right foot drop.',
    ]);
    reads('slipProgression', [
      'Interval progression of the grade 1 spondylolisthesis, now grade 2.',
      'Grade 1 anterolisthesis has progressed to grade 2.',
      'Increased anterolisthesis at L4-5 compared with 2023.',
      'Progressive slippage of L5 on S1.',
    ]);
  });

  describe('what a bladder complaint or a progression is about', () => {
    const contrast = [
      // Stress incontinence said by what sets it off (extractors/redFlags.ts STRESS_TRIGGER_AFTER).
      'She has urinary incontinence with sneezing.',
      'Occasional urinary incontinence when she coughs or laughs.',
      // A progression in another finding's clause (slipInClauseOf).
      'Degenerative changes have progressed but the listhesis is stable.',
      'Disc degeneration has progressed at L3-4; the L4-5 slip is unchanged.',
      // What might happen (context/rules/hypothetical.ts 'is a risk').
      'Slip progression is a risk if she continues gymnastics.',
    ];
    readsNone(contrast);
    reads('caudaEquina', ['Urinary incontinence since Monday; worse with coughing.', 'Leaking urine since Monday with numbness between the legs.']);
    reads('slipProgression', ['Anterolisthesis of L4 on L5 is 7 mm, previously 4 mm; this represents progression.']);
  });

  describe('another cause counts only when the note asserts it (context/rules via mentionStands)', () => {
    reads('caudaEquina', [
      'Urinary retention since the fall; no history of prostate problems.',
      'He denies BPH; reports new inability to void since this morning.',
      // Not any tumour: a spinal one compresses; a straight catheter or a residual measures retention.
      'Concern for epidural tumor given new urinary retention.',
      'Post-void residual 600 mL with new overflow incontinence.',
      'Straight catheterization yielded 900 mL; new urinary retention.',
    ]);
    const contrast = [
      'Urinary retention from his enlarged prostate, managed by urology.',
      'He had urinary retention after anesthesia for his knee replacement.',
      'Past medical history: urinary incontinence, hypertension, diabetes.',
      'Incontinence is a rare complication of the procedure.',
      'Any worsening weakness should prompt an ED visit.',
      'Progression of disc degeneration at L4-5 with stable grade 1 slip.',
      'Risk factors for slip progression include high slip angle and young age.',
      'Slip progression is uncommon in adults.',
    ];
    readsNone(contrast);
  });

  describe('not a red flag now: denied, normal, resolved, warned of, another cause or person', () => {
    const contrast = [
      'Denies bowel or bladder incontinence.',
      'No saddle anesthesia.',
      'GU: negative for urinary retention or incontinence.',
      'Rectal tone normal.',
      'Sphincter tone: normal',
      'Saddle anesthesia: [ ] Yes [x] No',
      'Bowel/bladder dysfunction: no',
      '(-) saddle anesthesia',
      'No CES symptoms.',
      'CES-D score 12.',
      'Perianal sensation intact.',
      'Bowel and bladder function intact.',
      'ROS: GU: no dysuria, no retention.',
      'Return to the ED if you develop numbness in the groin, loss of bladder or bowel control, or new leg weakness.',
      'He was instructed to call for new weakness or incontinence.',
      'Risks of surgery including bladder dysfunction and foot drop were discussed.',
      'If the weakness progresses, we will proceed with surgery.',
      'Monitor for progressive neurological deficit or cauda equina symptoms.',
      'History of urinary retention after hernia repair in 2015, resolved.',
      'Prior episode of saddle numbness in 2021 that resolved with conservative care.',
      'Foot drop resolved after the 2019 microdiscectomy.',
      'Urinary incontinence secondary to BPH.',
      'Stress incontinence.',
      'Mother had cauda equina syndrome after a disc herniation.',
      'Father with progressive weakness from ALS.',
      'Chronic right foot drop since a 2010 peroneal nerve injury, unchanged.',
      'Six years ago he developed weakness of the right leg after a fall.',
      'Weakness, worse on the left.',
      'Bilateral LE weakness, worse on the right than the left.',
      'Weakness has improved since the last visit.',
      'No new weakness, numbness, or bowel/bladder changes.',
      'Strength 5/5 throughout bilateral lower extremities.',
      'Spondylolisthesis is stable compared with prior, without progression.',
      'No interval change in the grade 1 anterolisthesis.',
      'Grade 1 anterolisthesis, unchanged.',
      'No further slippage of L4 on L5.',
      'Normal anal squeeze.',
      'Anal squeeze: normal',
      'No perineal paresthesias.',
      'Stress urinary incontinence since her third childbirth, unchanged for years.',
      'Nocturia twice nightly from his enlarged prostate.',
      'Precautions: return to ED for any saddle numbness or loss of bladder control.',
      'Cauda equina syndrome was ruled out by MRI.',
      'Foot drop from a peroneal nerve injury in 2015, unchanged.',
      'Worsening neuropathy in both feet from her diabetes.',
      'The weakness is no worse than at her last visit.',
      'She denies worsening numbness or weakness.',
      'Pain is getting worse but strength is intact.',
      'Concern for slip progression; repeat films in 6 months.',
      'There is 4 mm of translation on flexion, reducing in extension.',
      'Risk of further slip progression was discussed.',
      'Denies foot dragging or tripping.',
      // chronic, not new (context/rules/redFlag.ts redFlag.chronicBefore, redFlag.chronicAfter)
      'History of cauda equina syndrome s/p emergent decompression in 2019 with residual bladder dysfunction.',
      'Chronic neurogenic bladder since her spinal cord injury in 2005; self-caths four times daily.',
      'She has had urinary incontinence for 15 years, unchanged.',
      'Longstanding stress incontinence, worse with coughing.',
      'Incontinence: chronic, unchanged.',
      'Urinary retention? No.',
      'Urinary retention: unknown',
      'She had an accident at work in 2019 that injured her back.',
    ];
    readsNone(contrast);
  });
});
