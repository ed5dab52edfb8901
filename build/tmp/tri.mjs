import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
await MeshoptDecoder.ready;
const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({'meshopt.decoder': MeshoptDecoder});
const doc = await io.read('assets/models/body.glb');
const rows=[];
for (const n of doc.getRoot().listNodes()) { const m=n.getMesh(); if(!m) continue; let t=0; for(const p of m.listPrimitives()){ t+=(p.getIndices()?.getCount()??0)/3;} rows.push([n.getName(),t,JSON.stringify(n.getExtras()).slice(0,80)]); }
rows.sort((a,b)=>b[1]-a[1]);
for (const r of rows) console.log(r.join('\t'));
