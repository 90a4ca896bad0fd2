/** One published change, as a mail describes it. */
export interface UpdateNotice {
  id: string;
  /** The assessment or incident title. */
  title: string;
  /** What changed, plain text. */
  summary: string;
  /** The public page showing the update. */
  url: string;
  at: Date;
  isCorrection: boolean;
}
