import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toArrayBuffer } from '../shared/bytes';

export const SHA256_OID = '2.16.840.1.101.3.4.2.1';

/** 8 random bytes shaped as a positive, minimally encoded DER INTEGER (first byte 0x01–0x7f). */
export function makeNonce(randomBytes: (n: number) => Uint8Array): Uint8Array {
  const nonce = randomBytes(8).slice(0, 8);
  nonce[0] = ((nonce[0] ?? 0) & 0x7f) | 0x01;
  return nonce;
}

/**
 * An RFC 3161 TimeStampReq (DER): version 1, SHA-256 message imprint, nonce, certReq true so the
 * token carries the TSA certificate and can be checked offline. Same shape as `openssl ts -query`.
 */
export function buildTimestampRequest(sha256Digest: Uint8Array, nonce: Uint8Array): Uint8Array {
  const req = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({
        algorithmId: SHA256_OID,
        algorithmParams: new asn1js.Null(),
      }),
      hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(sha256Digest) }),
    }),
    nonce: new asn1js.Integer({ valueHex: toArrayBuffer(nonce) }),
    certReq: true,
  });
  return new Uint8Array(req.toSchema().toBER(false));
}
