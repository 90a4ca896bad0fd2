/** Who is speaking. The kind decides how a count is weighed in reconciliation. */
export const SOURCE_KINDS = [
  'perpetrator_affiliated',
  'official',
  'ngo',
  'media',
  'witness',
  'unknown',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  id: string;
  name: string;
  kind: SourceKind;
  /** Outlet home page, account URL or handle. */
  url: string | null;
  createdAt: Date;
}

export type NewSource = Omit<Source, 'id' | 'createdAt'>;
