/**
 * Invariants of the self-care, perpetuating-factor and palpation fields of the real dataset: every
 * muscle has them, cites real references, says when to stop and when not to start, and the muscles
 * the literature calls out of a finger's reach are marked so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PALPATIONS, type Dataset, type Muscle } from '../../src/core/dataset/schema';
import { loadRealDataset, muscleOf } from '../fixtures/load-fixture';

let data: Dataset;
beforeAll(() => {
  data = loadRealDataset();
});

const muscle = (id: string): Muscle => muscleOf(data, id);
const tp = (muscleId: string, tpId: string) => {
  const t = muscle(muscleId).triggerPoints.find((x) => x.id === tpId);
  if (!t) throw new Error(`trigger point "${tpId}" is missing from ${muscleId}`);
  return t;
};

describe('self-care', () => {
  it('every muscle has a stretch and a pressure release, each with cautions, when not to do it, and known references', () => {
    const known = new Set<string>(data.references.map((r) => r.id));
    const gaps: string[] = [];
    for (const m of data.muscles) {
      for (const step of ['stretch', 'pressureRelease'] as const) {
        const s = m.selfCare[step];
        if (s.how.length < 40) gaps.push(`${m.id}.${step}: instructions too short`);
        if (s.cautions.length === 0) gaps.push(`${m.id}.${step}: no caution`);
        if (s.avoidIf.length === 0) gaps.push(`${m.id}.${step}: no avoidIf`);
        if (s.references.length === 0) gaps.push(`${m.id}.${step}: no reference`);
        for (const r of s.references) if (!known.has(r)) gaps.push(`${m.id}.${step}: unknown reference ${r}`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('is written for each muscle: no two muscles share a stretch or a pressure-release instruction, even with the name taken out', () => {
    for (const step of ['stretch', 'pressureRelease'] as const) {
      const seen = new Map<string, string>();
      const clashes: string[] = [];
      for (const m of data.muscles) {
        const key = m.selfCare[step].how.toLowerCase().replaceAll(m.name.toLowerCase(), '<muscle>');
        const other = seen.get(key);
        if (other) clashes.push(`${m.id} = ${other}`);
        else seen.set(key, m.id);
      }
      expect(clashes, step).toEqual([]);
    }
  });

  it('uses cautious language: no promises of a cure', () => {
    const bold = /\b(cures?|guarantee[sd]?|always works|permanent(ly)? fix|miracle)\b/i;
    const offenders = data.muscles.flatMap((m) =>
      [m.selfCare.stretch, m.selfCare.pressureRelease]
        .flatMap((s) => [s.how, ...s.cautions, ...s.avoidIf])
        .filter((t) => bold.test(t))
        .map((t) => `${m.id}: ${t}`),
    );
    expect(offenders).toEqual([]);
  });

  it('does not tell people to press muscles a finger cannot reach: their pressure release says so instead', () => {
    for (const id of ['lateral-pterygoid', 'tibialis-posterior', 'psoas-major', 'levator-ani', 'obturator-internus', 'pectineus', 'plantaris']) {
      expect(muscle(id).selfCare.pressureRelease.how, id).toMatch(/\b(too deep|not (safe|advised|reached)|cannot be reached|do not press)\b/i);
    }
  });

  it('flags chest pain on effort for the chest muscles whose referred pain can mimic the heart', () => {
    for (const id of ['pectoralis-major', 'pectoralis-minor']) {
      expect(muscle(id).selfCare.pressureRelease.avoidIf.join(' '), id).toMatch(/chest pain on effort/i);
    }
  });
});

describe('perpetuating factors', () => {
  it('every muscle names at least one, each with a kind, its own text and known references', () => {
    const known = new Set<string>(data.references.map((r) => r.id));
    const gaps: string[] = [];
    for (const m of data.muscles) {
      if (m.perpetuatingFactors.length === 0) gaps.push(`${m.id}: none`);
      for (const f of m.perpetuatingFactors) {
        if (f.references.length === 0) gaps.push(`${m.id}: "${f.text}" cites nothing`);
        for (const r of f.references) if (!known.has(r)) gaps.push(`${m.id}: unknown reference ${r}`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('no two muscles have the very same list', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const m of data.muscles) {
      const key = m.perpetuatingFactors.map((f) => f.text).join('|');
      const other = seen.get(key);
      if (other) clashes.push(`${m.id} = ${other}`);
      else seen.set(key, m.id);
    }
    expect(clashes).toEqual([]);
  });

  it('ties forward head posture to the suboccipitals with the study that measured it', () => {
    const f = muscle('suboccipitals').perpetuatingFactors.find((x) => /forward head/i.test(x.text));
    expect(f?.references).toContain('fernandez-de-las-penas-2006');
  });

  it('names leg-length difference for quadratus lumborum and clenching for the masseter', () => {
    expect(muscle('quadratus-lumborum').perpetuatingFactors.some((f) => f.kind === 'structure' && /leg-length/i.test(f.text))).toBe(true);
    expect(muscle('masseter').perpetuatingFactors.some((f) => f.kind === 'habit' && /clench/i.test(f.text))).toBe(true);
  });
});

describe('palpation', () => {
  it('every trigger point has a palpation type and a patient position', () => {
    const gaps = data.muscles.flatMap((m) =>
      m.triggerPoints
        .filter((t) => !(PALPATIONS as readonly string[]).includes(t.palpation) || t.patientPosition.trim().length < 10)
        .map((t) => t.id),
    );
    expect(gaps).toEqual([]);
  });

  it('marks not palpable the points the literature says a finger cannot reach, and says why', () => {
    // Lateral pterygoid: intraoral palpation found to miss the muscle (Türp & Minagi 2001).
    for (const t of muscle('lateral-pterygoid').triggerPoints) expect(t.palpation, t.id).toBe('not-palpable');
    expect(muscle('lateral-pterygoid').references).toContain('turp-2001');
    // Tibialis posterior lies between the leg bones under the calf.
    for (const t of muscle('tibialis-posterior').triggerPoints) expect(t.palpation, t.id).toBe('not-palpable');
    // Iliacus inside the bowl of the pelvis, and the part of subscapularis between blade and ribs.
    expect(tp('iliacus', 'iliacus-1').palpation).toBe('not-palpable');
    expect(tp('subscapularis', 'subscapularis-2').palpation).toBe('not-palpable');
    for (const m of data.muscles)
      for (const t of m.triggerPoints)
        if (t.palpation === 'not-palpable') expect(t.palpationNote ?? '', t.id).toMatch(/needle|cannot|beyond/i);
  });

  it('says which part can be reached where a muscle is only partly reachable', () => {
    expect(tp('subscapularis', 'subscapularis-1').palpation).toBe('flat');
    expect(tp('subscapularis', 'subscapularis-1').palpationNote).toMatch(/outer part|edge/i);
    expect(tp('iliacus', 'iliacus-2').palpation).toBe('flat');
    expect(tp('medial-pterygoid', 'medial-pterygoid-1').palpationNote).toMatch(/lower end/i);
  });

  it('marks internal-only pelvic muscles as reached by internal examination', () => {
    for (const id of ['levator-ani', 'obturator-internus'])
      for (const t of muscle(id).triggerPoints) expect(t.palpationNote ?? '', t.id).toMatch(/internal examination/i);
  });

  it('uses pincer palpation where the muscle can be lifted between finger and thumb', () => {
    for (const t of muscle('sternocleidomastoid').triggerPoints) expect(t.palpation, t.id).toBe('pincer');
    for (const t of muscle('upper-trapezius').triggerPoints) expect(t.palpation, t.id).toBe('pincer');
    expect(tp('pectoralis-major', 'pectoralis-major-costal').palpation).toBe('pincer');
    expect(tp('adductor-pollicis', 'adductor-pollicis-1').palpation).toBe('pincer');
    // Deep muscles under others are pressed flat, never pinched.
    for (const id of ['quadratus-lumborum', 'multifidus', 'supraspinatus', 'gluteus-minimus'])
      for (const t of muscle(id).triggerPoints) expect(t.palpation, t.id).toBe('flat');
  });
});
