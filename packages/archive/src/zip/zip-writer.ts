import { DomainError } from '@corroborate/core';
import { concatBytes, toArrayBuffer, utf8 } from '../shared/bytes';
import { crc32 } from './crc32';
import {
  CENTRAL_HEADER_SIG,
  CENTRAL_HEADER_SIZE,
  END_OF_CENTRAL_DIR_SIG,
  END_OF_CENTRAL_DIR_SIZE,
  FLAG_UTF8,
  LOCAL_HEADER_SIG,
  LOCAL_HEADER_SIZE,
  METHOD_DEFLATE,
  METHOD_STORE,
  ZIP32_LIMIT,
  dosDateTime,
} from './zip-format';

/** One file to put in a ZIP archive. */
export interface ZipFileInput {
  path: string;
  bytes: Uint8Array;
  /** Deflate this entry; default is STORE, which WACZ wants for WARCs (readers seek into them). */
  deflate?: boolean;
}

interface Prepared {
  name: Uint8Array;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(new Uint8Array(toArrayBuffer(bytes)));
      controller.close();
    },
  }).pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function prepare(file: ZipFileInput): Promise<Prepared> {
  const data = file.deflate ? await deflateRaw(file.bytes) : file.bytes;
  const method = file.deflate ? METHOD_DEFLATE : METHOD_STORE;
  return { name: utf8(file.path), method, crc: crc32(file.bytes), size: file.bytes.byteLength, data };
}

function header(p: Prepared, sig: number, size: number, dos: { date: number; time: number }): DataView {
  const view = new DataView(new ArrayBuffer(size));
  const central = sig === CENTRAL_HEADER_SIG;
  const o = central ? 2 : 0; // the central header has an extra "version made by" field
  view.setUint32(0, sig, true);
  if (central) view.setUint16(4, 20, true);
  view.setUint16(4 + o, 20, true); // version needed: 2.0 (deflate)
  view.setUint16(6 + o, FLAG_UTF8, true);
  view.setUint16(8 + o, p.method, true);
  view.setUint16(10 + o, dos.time, true);
  view.setUint16(12 + o, dos.date, true);
  view.setUint32(14 + o, p.crc, true);
  view.setUint32(18 + o, p.data.byteLength, true);
  view.setUint32(22 + o, p.size, true);
  view.setUint16(26 + o, p.name.byteLength, true);
  return view;
}

/** Builds a ZIP archive in memory (no ZIP64: under 65,535 files and 4 GiB). */
export async function writeZip(files: readonly ZipFileInput[], modifiedAt: Date): Promise<Uint8Array> {
  const seen = new Set<string>();
  for (const f of files) {
    if (!f.path || f.path.startsWith('/') || f.path.split('/').includes('..') || seen.has(f.path)) {
      throw new DomainError(
        'validation_failed',
        `zip entry path "${f.path}" is empty, absolute, escapes, or repeats`,
      );
    }
    seen.add(f.path);
  }
  if (files.length > 0xffff)
    throw new DomainError('input_too_large', `zip: ${files.length} files, over 65,535`);
  const dos = dosDateTime(modifiedAt);
  const prepared = await Promise.all(files.map(prepare));
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const p of prepared) {
    const local = header(p, LOCAL_HEADER_SIG, LOCAL_HEADER_SIZE, dos);
    const central = header(p, CENTRAL_HEADER_SIG, CENTRAL_HEADER_SIZE, dos);
    central.setUint32(42, offset, true);
    locals.push(new Uint8Array(local.buffer), p.name, p.data);
    centrals.push(new Uint8Array(central.buffer), p.name);
    offset += LOCAL_HEADER_SIZE + p.name.byteLength + p.data.byteLength;
  }
  const directory = concatBytes(centrals);
  if (offset + directory.byteLength >= ZIP32_LIMIT) {
    throw new DomainError('input_too_large', 'zip: archive would exceed 4 GiB (ZIP64 is not supported)');
  }
  const end = new DataView(new ArrayBuffer(END_OF_CENTRAL_DIR_SIZE));
  end.setUint32(0, END_OF_CENTRAL_DIR_SIG, true);
  end.setUint16(8, prepared.length, true);
  end.setUint16(10, prepared.length, true);
  end.setUint32(12, directory.byteLength, true);
  end.setUint32(16, offset, true);
  return concatBytes([...locals, directory, new Uint8Array(end.buffer)]);
}
