import { formatDate } from './format-date';

/** A date shown in the reader's locale; the original value stays in the title and datetime. */
export const LocalDate = ({ value }: { value: string | null | undefined }) =>
  value ? (
    <time dateTime={value} title={value}>
      {formatDate(value)}
    </time>
  ) : (
    <span>—</span>
  );
