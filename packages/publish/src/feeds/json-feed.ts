type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `feed` writes JSON Feed 1.0; 1.1 renames `author` to an `authors` list and adds `language`.
 * https://www.jsonfeed.org/version/1.1/
 */
export function toJsonFeed11(json1: string, language: string | undefined): string {
  const feed = JSON.parse(json1) as JsonObject;
  const upgraded: JsonObject = { ...feed, version: 'https://jsonfeed.org/version/1.1' };
  if (language) upgraded.language = language;
  moveAuthor(upgraded);
  if (Array.isArray(upgraded.items)) {
    upgraded.items = upgraded.items.map((entry: unknown) => {
      if (!isObject(entry)) return entry;
      const copy = { ...entry };
      moveAuthor(copy);
      return copy;
    });
  }
  return JSON.stringify(upgraded, null, 2);
}

function moveAuthor(target: JsonObject): void {
  if (isObject(target.author)) target.authors = [target.author];
  delete target.author;
}
