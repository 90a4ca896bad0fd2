import { describe, expect, it } from 'vitest';
import { inlineToText as sut } from './markdown-inline';

describe('inlineToText', () => {
  it.each([
    ['**12** people were *killed* in __Mosul__', '12 people were killed in Mosul'],
    [
      'see [the report](https://x.test/r "Report") and ![map of Tikrit](map.png)',
      'see the report and map of Tikrit',
    ],
    ['a [reference link][1] here', 'a reference link here'],
    ['<https://x.test/a> and <b>bold</b>', 'https://x.test/a and bold'],
    ['~~30~~ 12 dead', '30 12 dead'],
    ['run `a*b*c` now', 'run a*b*c now'],
    ['snake_case_name and 2 * 3 * 4', 'snake_case_name and 2 * 3 * 4'],
    ['escaped \\*not emphasis\\* and \\[x\\]', 'escaped *not emphasis* and [x]'],
    ['link with (parens) [w](https://x.test/a_(b))', 'link with (parens) w'],
  ])('%s', (input, expected) => {
    expect(sut(input)).toBe(expected);
  });
});
