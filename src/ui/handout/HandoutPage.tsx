/**
 * The print-ready handout page: muscle sections with their pain maps, general home-care rules,
 * when to see a clinician, a link and QR code back to the view, the date, references and the
 * disclaimer. Every dataset string is rendered as a text node.
 */
import type { Handout } from '../../core/handout/content';
import { HandoutSection } from './HandoutSection';
import { PrintLegend } from './PrintLegend';
import type { PicturesState } from './types';

/** Props of {@link HandoutPage}. */
export interface HandoutPageProps {
  handout: Handout;
  pictures: PicturesState;
  /** The QR code image (data URL), or null while it is made. */
  qr: string | null;
  /** The absolute link back to the atlas view. */
  viewUrl: string;
  /** Notices about the link (unknown muscles dropped, …). */
  notices: readonly string[];
}

/** The whole handout. */
export function HandoutPage({ handout, pictures, qr, viewUrl, notices }: HandoutPageProps) {
  const problems = [...notices, ...handout.problems];
  return (
    <main className="handout" aria-label="Patient handout">
      <nav className="handout-toolbar" aria-label="Handout actions">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <a href={viewUrl}>Back to the atlas</a>
      </nav>
      <header className="handout-header">
        <div>
          <h1>{handout.title}</h1>
          <p className="handout-date">
            Given on <time dateTime={handout.isoDate}>{handout.dateText}</time>
          </p>
          <p className="handout-intro">
            A trigger point is a tender knot in a muscle that can cause pain somewhere else (referred pain). The pictures show where the knot usually is and where its pain is usually felt.
          </p>
        </div>
        <figure className="handout-qr">
          {qr ? <img src={qr} width={96} height={96} alt="QR code linking to this view in the atlas" /> : <span className="handout-muted">QR code…</span>}
          <figcaption>Scan to open this view</figcaption>
        </figure>
      </header>
      {problems.length > 0 && (
        <ul className="handout-notices" role="status">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {pictures.status === 'error' && (
        <p className="handout-notices" role="status">
          The pictures could not be drawn: {pictures.message}
        </p>
      )}
      <PrintLegend />
      {handout.sections.map((s) => (
        <HandoutSection key={`${s.muscleId}/${s.side}`} section={s} pictures={pictures} />
      ))}
      <section className="handout-general" aria-label="Safety">
        <div>
          <h3>Stretching safely</h3>
          <ul>
            {handout.stretchRules.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <h3>Pressure release safely</h3>
          <ul>
            {[...handout.pressureRules, ...handout.stopRules].map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
        <div className="handout-clinician">
          <h3>When to see a clinician</h3>
          <ul>
            {handout.seeClinician.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      </section>
      <footer className="handout-footer">
        <p className="handout-link">
          This view in the atlas: <a href={viewUrl}>{viewUrl}</a>
        </p>
        <h3>References</h3>
        <ol className="handout-references">
          {handout.references.map((r) => (
            <li key={r.id}>
              {r.citation}
              {r.doi ? ` doi:${r.doi}` : ''}
            </li>
          ))}
        </ol>
        <p className="handout-disclaimer">{handout.disclaimer}</p>
      </footer>
    </main>
  );
}
