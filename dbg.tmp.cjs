const m = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
const buf = Buffer.from(m.lexicon, 'base64'); const lex = new Uint32Array(buf.buffer, buf.byteOffset, buf.byteLength/4);
console.log(m.packing.size, lex.length, m.features.lexeme.list.length, m.pos.list);
const L = m.features.lexeme.list; const size = m.packing.size; const [ix, mask, shift] = m.packing.layout.pos;
const posOf = (w) => { const k = L.indexOf(w); if (k<0) return 'OOV'; return m.pos.list[(lex[k*size+ix] & mask) >>> shift]; };
for (const w of ['texas','tripoli','most','police','hit','nice','reading','mobile','march','turkey','chad','jordan','china','bath','split','sale','deal','union','georgia','aden','gulf','delta','plateau','the','in','washington','london','mosul','kirkuk','nelson','victoria','hope']) console.log(w, posOf(w));
let c = {}; for (let k=0;k<L.length;k++){ const p = m.pos.list[(lex[k*size+ix] & mask) >>> shift]; c[p]=(c[p]||0)+1 } console.log(c);
