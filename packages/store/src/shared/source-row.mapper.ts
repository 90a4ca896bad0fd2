import type { Source, SourceKind } from '@corroborate/core';
import { date, str, strOrNull, type Row } from './row-reader';

export const SOURCE_COLUMNS = 'id, name, kind, url, created_at';

export const toSource = (row: Row): Source => ({
  id: str(row, 'id'),
  name: str(row, 'name'),
  kind: str(row, 'kind') as SourceKind,
  url: strOrNull(row, 'url'),
  createdAt: date(row, 'created_at'),
});
