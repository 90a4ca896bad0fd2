import * as pkijs from 'pkijs';
import { toArrayBuffer, toHex } from '../shared/bytes';
import { generalNameText } from './pki-names';

const TST_INFO_OID = '1.2.840.113549.1.9.16.1.4';
const SIGNED_DATA_OID = '1.2.840.113549.1.7.2';
const HASHES: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};

/** A TimeStampResp taken apart: status, the signed token and what it says. */
export interface ParsedTimestamp {
  status: number;
  statusText: string | null;
  signedData: pkijs.SignedData | null;
  tstInfo: pkijs.TSTInfo | null;
}

/** What a timestamp token states, in plain values. */
export interface TimestampInfo {
  genTime: Date;
  serialNumber: string;
  policy: string;
  tsaName: string | null;
  /** WebCrypto name of the imprint hash ("SHA-256"), or the OID when unsupported. */
  hashAlgorithm: string;
  imprint: string;
  nonce: string | null;
}

/** Parses TimeStampResp DER; throws an Error saying what is malformed. */
export function parseTimestampResponse(der: Uint8Array): ParsedTimestamp {
  let resp: pkijs.TimeStampResp;
  try {
    resp = pkijs.TimeStampResp.fromBER(toArrayBuffer(der));
  } catch {
    throw new Error('it is not an RFC 3161 TimeStampResp');
  }
  const statusText = resp.status.statusStrings?.map((s) => s.valueBlock.value).join('; ') ?? null;
  const token = resp.timeStampToken;
  if (!token) return { status: resp.status.status, statusText, signedData: null, tstInfo: null };
  if (token.contentType !== SIGNED_DATA_OID) throw new Error('its token is not CMS SignedData');
  const signedData = new pkijs.SignedData({ schema: token.content });
  const content = signedData.encapContentInfo.eContent;
  if (signedData.encapContentInfo.eContentType !== TST_INFO_OID || !content)
    throw new Error('its token holds no TSTInfo');
  try {
    return {
      status: resp.status.status,
      statusText,
      signedData,
      tstInfo: pkijs.TSTInfo.fromBER(content.getValue()),
    };
  } catch {
    throw new Error('its TSTInfo is malformed');
  }
}

/** The plain values of a TSTInfo. */
export function timestampInfo(tst: pkijs.TSTInfo): TimestampInfo {
  const oid = tst.messageImprint.hashAlgorithm.algorithmId;
  return {
    genTime: tst.genTime,
    serialNumber: toHex(tst.serialNumber.valueBlock.valueHexView),
    policy: tst.policy,
    tsaName: generalNameText(tst.tsa),
    hashAlgorithm: HASHES[oid] ?? oid,
    imprint: toHex(tst.messageImprint.hashedMessage.valueBlock.valueHexView),
    nonce: tst.nonce ? toHex(tst.nonce.valueBlock.valueHexView) : null,
  };
}
