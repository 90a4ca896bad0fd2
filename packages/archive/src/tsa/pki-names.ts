import type * as pkijs from 'pkijs';

const CN = '2.5.4.3';
const O = '2.5.4.10';

/** The CN (else O) of a distinguished name, for showing to people; null when it has neither. */
export function displayName(name: pkijs.RelativeDistinguishedNames): string | null {
  const pick = (oid: string) => name.typesAndValues.find((tv) => tv.type === oid)?.value.valueBlock.value;
  const value = pick(CN) ?? pick(O);
  return typeof value === 'string' ? value : null;
}

/** The TSA name inside TSTInfo (a GeneralName): a directory name's CN, or a URI/DNS text. */
export function generalNameText(name: pkijs.GeneralName | undefined): string | null {
  if (!name) return null;
  if (name.type === 4) return displayName(name.value as pkijs.RelativeDistinguishedNames);
  return typeof name.value === 'string' ? name.value : null;
}
