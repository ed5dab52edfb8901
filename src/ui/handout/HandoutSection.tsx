/** One muscle side on the handout: its pictures, where the knots are, where they send pain, what keeps them going and what to try at home. */
import type { HandoutSection as Section, HandoutStep } from '../../core/handout/content';
import type { PicturesState } from './types';

/** A self-care step: what to do, what to watch for, and when not to do it. */
function Step({ title, step }: { title: string; step: HandoutStep }) {
  return (
    <div className="handout-step">
      <h4>{title}</h4>
      <p>{step.how}</p>
      <p className="handout-caution">
        <strong>Take care: </strong>
        {step.cautions.join(' ')}
      </p>
      <p className="handout-avoid">
        <strong>Do not do this if: </strong>
      </p>
      <ul className="handout-avoid-list">
        {step.avoidIf.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </div>
  );
}

/** The section; `pictures` are filtered to this muscle side. */
export function HandoutSection({ section, pictures }: { section: Section; pictures: PicturesState }) {
  const mine = pictures.status === 'ready' ? pictures.pictures.filter((p) => p.muscleId === section.muscleId && p.side === section.side) : [];
  return (
    <section className="handout-muscle" aria-label={section.heading}>
      <div className="handout-muscle-head">
      <h2>
        {section.name} <span className="handout-side">{section.sideLabel}</span>
      </h2>
      <div className="handout-top">
        <div className="handout-pictures">
          {pictures.status === 'rendering' && <p className="handout-muted">Drawing the pain map…</p>}
          {mine.map((p) => (
            <figure key={p.label}>
              <img src={p.src} width={p.width} height={p.height} alt={`Pain map of the ${section.name.toLowerCase()}, ${section.sideLabel.toLowerCase()}: ${p.label.toLowerCase()} view`} />
              <figcaption>{p.label}</figcaption>
            </figure>
          ))}
        </div>
        <div className="handout-where">
          <h3>Where the knot is</h3>
          <ul className="handout-knots">
            {section.knots.map((k) => (
              <li key={k.triggerPointId}>
                {k.where}
                {k.palpation === 'not-palpable' && <span className="handout-muted"> {k.howFound}</span>}
              </li>
            ))}
          </ul>
          <h3>Where it sends pain</h3>
          <p>{section.painSummary}</p>
          <h3>What can keep it going</h3>
          <ul>
            {section.keepsItGoing.map((f) => (
              <li key={f.text}>{f.text}</li>
            ))}
          </ul>
        </div>
      </div>
      </div>
      <div className="handout-home">
        <Step title="A gentle stretch" step={section.stretch} />
        <Step title="Pressure release" step={section.pressureRelease} />
      </div>
    </section>
  );
}
