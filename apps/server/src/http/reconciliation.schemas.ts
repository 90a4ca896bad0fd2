const nullable = (type: string) => ({ type: [type, 'null'] });
const strings = { type: 'array', items: { type: 'string' } } as const;

const lineSchema = {
  type: 'object',
  properties: {
    sourceClass: { type: 'string' },
    speaker: { type: 'string' },
    originKey: { type: 'string' },
    claimId: { type: 'string' },
    documentId: { type: 'string' },
    published: nullable('string'),
    url: nullable('string'),
    title: nullable('string'),
    stance: { type: 'string' },
    min: { type: 'integer' },
    max: nullable('integer'),
    approx: { type: 'boolean' },
    text: { type: 'string' },
    repeatCount: { type: 'integer' },
    counted: { type: 'boolean' },
  },
} as const;

const memberSchema = {
  type: 'object',
  properties: {
    claimId: { type: 'string' },
    documentId: { type: 'string' },
    publisher: nullable('string'),
    published: nullable('string'),
    url: nullable('string'),
  },
} as const;

const eventSchema = {
  type: 'object',
  properties: {
    event: { type: 'string' },
    min: nullable('integer'),
    max: nullable('integer'),
    minBasis: nullable('string'),
    maxBasis: nullable('string'),
    independentRange: {
      type: ['object', 'null'],
      properties: { min: { type: 'integer' }, max: { type: 'integer' }, maxOpen: { type: 'boolean' } },
    },
    lines: { type: 'array', items: lineSchema },
    chains: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          originKey: { type: 'string' },
          first: memberSchema,
          repeats: { type: 'array', items: memberSchema },
        },
      },
    },
    excluded: {
      type: 'array',
      items: {
        type: 'object',
        properties: { claimId: { type: 'string' }, ruleId: { type: 'string' }, reason: { type: 'string' } },
      },
    },
    explanation: { type: 'string' },
    ruleIds: strings,
    flags: strings,
  },
} as const;

/** A stored reconciliation: a range per event kind, its lines and chains, the explanation, a grade suggestion. */
export const reconciliationSchema = {
  type: ['object', 'null'],
  properties: {
    id: { type: 'string' },
    incidentId: { type: 'string' },
    events: { type: 'array', items: eventSchema },
    explanation: { type: 'string' },
    ruleIds: strings,
    suggestion: {
      type: 'object',
      properties: { grade: { type: 'string' }, ruleId: { type: 'string' }, reasons: strings },
    },
    claimCount: { type: 'integer' },
    computedAt: { type: 'string', format: 'date-time' },
  },
} as const;
