import { once } from 'node:events';
import { crc32, createDeflate } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';

/** A smooth random picture (upscaled noise), distinct per seed: PDQ quality is high. */
export const photo = async (seed: number, width = 400, height = 300): Promise<Sharp> => {
  const w = 24;
  const h = 18;
  const raw = Buffer.alloc(w * h * 3);
  let s = seed * 7919 + 1;
  for (let i = 0; i < raw.length; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    raw[i] = (s >> 16) & 255;
  }
  const png = await sharp(raw, { raw: { width: w, height: h, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .png()
    .toBuffer();
  return sharp(png);
};

/** JPEG bytes of `photo(seed)`. */
export const photoJpeg = async (seed: number): Promise<Buffer> =>
  (await photo(seed)).jpeg({ quality: 90 }).toBuffer();

/** The same picture mirrored left-right and shrunk to half size, re-encoded: a near-duplicate. */
export const mirroredSmallCopy = async (seed: number): Promise<Buffer> =>
  (await photo(seed)).flop().resize(200, 150).jpeg({ quality: 70 }).toBuffer();

/** A flat grey PNG: PDQ quality 0. */
export const flatPng = (): Promise<Buffer> =>
  sharp({ create: { width: 120, height: 90, channels: 3, background: '#808080' } })
    .png()
    .toBuffer();

/** A two-frame animated GIF. */
export const animatedGif = async (): Promise<Buffer> => {
  const frames = await Promise.all([1, 2].map(async (s) => (await photo(s, 80, 60)).png().toBuffer()));
  return sharp(frames, { join: { animated: true } })
    .gif()
    .toBuffer();
};

/** A JPEG carrying EXIF: camera, software, capture time with its offset, GPS (Tikrit). */
export const jpegWithExif = async (seed: number): Promise<Buffer> =>
  (await photo(seed, 160, 120))
    .jpeg()
    .withExif({
      IFD0: { Make: 'Canon', Model: 'Canon EOS 5D', Software: 'GIMP 2.10' },
      IFD2: { DateTimeOriginal: '2014:06:12 14:30:05', OffsetTimeOriginal: '+03:00' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '34/1 36/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '43/1 40/1 48/1',
      },
    })
    .toBuffer();

/** The first bytes of a HEIC file (ISO-BMFF ftyp box, brand heic): enough to be told apart. */
export const heicHeader = (): Buffer =>
  Buffer.concat([
    Buffer.from([0, 0, 0, 0x18]),
    Buffer.from('ftypheic'),
    Buffer.from([0, 0, 0, 0]),
    Buffer.from('mif1heic'),
    Buffer.alloc(64, 7),
  ]);

const chunk = (type: string, data: Buffer): Buffer => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
};

/**
 * A valid 30000×30000 1-bit black PNG (~110 KB; 900 megapixels once decoded), the classic
 * decompression bomb. Deflated in blocks so that making it stays small in memory.
 */
export const bombPng = async (side = 30_000): Promise<Buffer> => {
  const rowBytes = 1 + Math.ceil(side / 8); // filter byte + packed bits
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (c: Buffer) => parts.push(c));
  const rowsPerBlock = 1_000;
  const block = Buffer.alloc(rowBytes * rowsPerBlock);
  for (let done = 0; done < side; done += rowsPerBlock) {
    deflate.write(block.subarray(0, rowBytes * Math.min(rowsPerBlock, side - done)));
  }
  deflate.end();
  await once(deflate, 'end');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter variants, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.concat(parts)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};
