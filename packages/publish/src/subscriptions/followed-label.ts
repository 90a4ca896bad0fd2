import type { FollowTarget } from './subscription';

/** What a reader follows, in words for mail: "all assessments", "the tag “iraq”", an incident's title. */
export function followedLabel(target: FollowTarget, incidentTitle?: string): string {
  switch (target.kind) {
    case 'site':
      return 'all assessments';
    case 'tag':
      return `the tag “${target.tag}”`;
    case 'incident':
      return incidentTitle ?? `incident ${target.incidentId}`;
  }
}
