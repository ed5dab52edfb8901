/**
 * The handout shell, its own React tree (loaded lazily when the link has `handout=1`): reads the
 * link, loads the dataset and the model, builds the handout content, renders the pictures off screen
 * and the QR code, then sets `data-handout-ready="true"` on <html> (or "error" when the pictures
 * could not be drawn; the text still prints).
 */
import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from './core/dataset/schema';
import { buildHandout } from './core/handout/content';
import { parseHandoutRequest, viewSearch } from './core/handout/link';
import type { AtlasConfig } from './config';
import { loadModelIndex } from './scene/model/load-model';
import { renderHandoutPictures } from './scene/print/render-pictures';
import { HandoutPage } from './ui/handout/HandoutPage';
import { qrDataUrl } from './ui/handout/qr-code';
import type { PicturesState } from './ui/handout/types';
import { loadDataset } from './ui/shell/load-dataset';
import './ui/handout/handout.css';

type Loaded = { status: 'loading' } | { status: 'ok'; dataset: Dataset } | { status: 'error'; message: string };

/** Marks the page as ready (or not) for printing scripts and tests. */
function markReady(value: 'true' | 'error'): void {
  document.documentElement.dataset.handoutReady = value;
}

/** The handout page for the current URL. */
export default function HandoutApp({ config }: { config: AtlasConfig }) {
  const { modelUrl, datasetUrl } = config;
  const search = window.location.search;
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [pictures, setPictures] = useState<PicturesState>({ status: 'rendering' });
  const [qr, setQr] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void loadDataset(datasetUrl).then((r) => {
      if (!live) return;
      if (r.ok) setLoaded({ status: 'ok', dataset: r.data });
      else setLoaded({ status: 'error', message: r.problems.map((p) => `${p.path}: ${p.message}`).join('; ') });
    });
    return () => {
      live = false;
    };
  }, [datasetUrl]);

  const dataset = loaded.status === 'ok' ? loaded.dataset : null;
  const request = useMemo(() => parseHandoutRequest(search, dataset), [search, dataset]);
  const handout = useMemo(() => (dataset ? buildHandout(dataset, request.items, { date: new Date() }) : null), [dataset, request]);
  const viewUrl = useMemo(() => {
    const url = new URL(window.location.href);
    url.search = viewSearch(search, request.items);
    url.hash = '';
    return url.href;
  }, [search, request]);

  useEffect(() => {
    if (handout) document.title = `${handout.title} · Trigger Point Atlas`;
  }, [handout]);

  useEffect(() => {
    let live = true;
    qrDataUrl(viewUrl).then(
      (src) => live && setQr(src),
      (error: unknown) => console.warn('QR code:', error),
    );
    return () => {
      live = false;
    };
  }, [viewUrl]);

  useEffect(() => {
    if (!dataset) return;
    let live = true;
    setPictures({ status: 'rendering' });
    if (request.items.length === 0) {
      setPictures({ status: 'ready', pictures: [] });
      return;
    }
    loadModelIndex(modelUrl)
      .then((model) => renderHandoutPictures(model, dataset, request.items))
      .then(
        (list) => live && setPictures({ status: 'ready', pictures: list.map((p) => ({ muscleId: p.muscleId, side: p.side, label: p.view.label, src: p.src, width: p.width, height: p.height })) }),
        (error: unknown) => live && setPictures({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      live = false;
    };
  }, [dataset, request, modelUrl]);

  useEffect(() => {
    if (loaded.status === 'error' || pictures.status === 'error') markReady('error');
    else if (pictures.status === 'ready' && qr) {
      // Wait until every picture is decoded, so a print started now has them all.
      const images = [...document.querySelectorAll<HTMLImageElement>('.handout img')];
      void Promise.all(images.map((img) => img.decode().catch(() => undefined))).then(() => markReady('true'));
    }
  }, [loaded, pictures, qr]);

  if (loaded.status === 'error')
    return (
      <main className="handout" role="alert">
        <h1>The handout could not be made</h1>
        <p>The atlas data did not load: {loaded.message}</p>
      </main>
    );
  if (!handout) return <p className="handout-muted">Preparing the handout…</p>;
  return <HandoutPage handout={handout} pictures={pictures} qr={qr} viewUrl={viewUrl} notices={request.notices} />;
}
