import * as pkijs from 'pkijs';
import { toArrayBuffer, toHex } from '../shared/bytes';
import { pemBlocks } from '../shared/pem';
import { displayName } from './pki-names';
import { parseTimestampResponse, timestampInfo } from './timestamp-token';
import type { TimestampInfo } from './timestamp-token';

const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';
const EXT_KEY_USAGE = '2.5.29.37';

export interface TimestampCheckOptions {
  /** PEM certificates of CAs to trust; when given, the TSA certificate must chain to one of them. */
  trustedCertsPem?: string;
  /** The nonce sent in the request (hex); a reply with another nonce is a replay. */
  expectedNonce?: string;
}

export interface TimestampVerification {
  ok: boolean;
  /** What is wrong, in words, when not ok. */
  problem: string | null;
  info: TimestampInfo | null;
  /** CN of the certificate that signed the token. */
  signer: string | null;
  /** True when the TSA certificate was checked against the trusted CAs given. */
  chainVerified: boolean;
}

const stripZeros = (hex: string): string => hex.replace(/^(00)+/, '');

function signerProblem(cert: pkijs.Certificate, genTime: Date): string | null {
  const eku = cert.extensions?.find((e) => e.extnID === EXT_KEY_USAGE);
  const purposes = (eku?.parsedValue as pkijs.ExtKeyUsage | undefined)?.keyPurposes ?? [];
  // RFC 3161 §2.3: the TSA certificate must have exactly the critical timeStamping purpose.
  if (!eku?.critical || purposes.length !== 1 || purposes[0] !== TIME_STAMPING) {
    return 'the signing certificate is not a time-stamping certificate (critical extendedKeyUsage timeStamping)';
  }
  if (genTime < cert.notBefore.value || genTime > cert.notAfter.value) {
    return 'the signing certificate was not valid at the stated time';
  }
  return null;
}

function verifyFailure(err: unknown): string {
  const e = err as { message?: string; code?: number; signatureVerified?: boolean | null };
  if (e.code === 5) return 'the TSA certificate does not chain to a trusted CA';
  if (e.code === 15 && /digest/i.test(e.message ?? ''))
    return 'the token was altered after the TSA signed it';
  if (e.code === 15) return 'the token does not cover this data';
  return `the TSA signature cannot be checked: ${e.message ?? String(err)}`;
}

/**
 * Checks an RFC 3161 TimeStampResp over `data`: status granted, the imprint is the hash of `data`, the nonce
 * (when given), the CMS signature over TSTInfo with the certificate in the token, that certificate's
 * time-stamping purpose and, when CAs are given, its chain. Never throws: problems come back in words.
 * Uses only pkijs + WebCrypto, so it runs in a browser too.
 */
export async function verifyTimestamp(
  response: Uint8Array,
  data: Uint8Array,
  opts: TimestampCheckOptions = {},
): Promise<TimestampVerification> {
  const fail = (
    problem: string,
    info: TimestampInfo | null = null,
    signer: string | null = null,
  ): TimestampVerification => ({ ok: false, problem, info, signer, chainVerified: false });
  let parsed;
  try {
    parsed = parseTimestampResponse(response);
  } catch (err) {
    return fail(`the timestamp is unreadable: ${(err as Error).message}`);
  }
  if (parsed.status > 1 || !parsed.signedData || !parsed.tstInfo) {
    return fail(
      `the TSA did not grant it (status ${parsed.status}${parsed.statusText ? `: ${parsed.statusText}` : ''})`,
    );
  }
  const info = timestampInfo(parsed.tstInfo);
  if (!info.hashAlgorithm.startsWith('SHA-'))
    return fail(`it uses an unsupported hash ${info.hashAlgorithm}`, info);
  const digest = toHex(
    new Uint8Array(await globalThis.crypto.subtle.digest(info.hashAlgorithm, toArrayBuffer(data))),
  );
  if (digest !== info.imprint)
    return fail('the token does not cover this data (message imprint differs)', info);
  if (opts.expectedNonce && stripZeros(opts.expectedNonce) !== stripZeros(info.nonce ?? '')) {
    return fail('the reply does not carry the nonce sent (a replayed or mixed-up response)', info);
  }
  const trusted = opts.trustedCertsPem
    ? pemBlocks(opts.trustedCertsPem, 'CERTIFICATE').map((der) =>
        pkijs.Certificate.fromBER(toArrayBuffer(der)),
      )
    : [];
  // Signature first, chain second: a token altered after signing should be reported as that, even
  // when the alteration also moves genTime outside the certificate's validity.
  const verify = (checkChain: boolean) =>
    parsed.signedData!.verify({
      signer: 0,
      data: toArrayBuffer(data),
      checkChain,
      trustedCerts: trusted,
      extendedMode: true,
    });
  let result: pkijs.SignedDataVerifyResult;
  try {
    result = await verify(false);
  } catch (err) {
    return fail(verifyFailure(err), info);
  }
  const cert = result.signerCertificate ?? null;
  const signer = cert ? displayName(cert.subject) : null;
  if (!result.signatureVerified || !cert) return fail('the TSA signature is invalid', info, signer);
  const certProblem = signerProblem(cert, info.genTime);
  if (certProblem) return fail(certProblem, info, signer);
  if (trusted.length > 0) {
    try {
      await verify(true);
    } catch (err) {
      return fail(verifyFailure(err), info, signer);
    }
  }
  return { ok: true, problem: null, info, signer, chainVerified: trusted.length > 0 };
}
