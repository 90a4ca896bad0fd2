import { fromBase64, toBase64 } from './bytes';

/** Wraps DER bytes as PEM with the given label ("PUBLIC KEY", "CERTIFICATE"). */
export function toPem(der: Uint8Array, label: string): string {
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Every PEM block with this label in the text, as DER; none when there is none. */
export function pemBlocks(text: string, label: string): Uint8Array[] {
  const re = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`, 'g');
  return Array.from(text.matchAll(re), (m) => fromBase64(m[1] ?? ''));
}
