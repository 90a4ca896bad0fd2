/** An investigator's comment on an incident, with the users it @mentions. */
export interface Comment {
  id: string;
  incidentId: string;
  authorId: string;
  body: string;
  mentions: string[];
  createdAt: Date;
}

const MENTION = /(?:^|[^\w@])@([a-z0-9_][a-z0-9_.-]{0,38})/gi;

/** The user names a comment mentions, lower-cased, each once. */
export const parseMentions = (body: string): string[] =>
  [...new Set([...body.matchAll(MENTION)].map((m) => (m[1] ?? '').toLowerCase()))].filter(Boolean);
