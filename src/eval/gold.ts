/** The gold annotation file of one dev report (schema in the dev corpus README) and its validating parser. */
import { z } from 'zod';
import { ACTOR_TYPES, EVENT_TYPES, LOCATION_TYPES, RELATION_TYPES } from '../domain/vocabulary.js';

const goldEntitySchema = <T extends readonly [string, ...string[]]>(types: T) =>
  z.object({
    canonical: z.string().min(1),
    surface: z.array(z.string().min(1)),
    type: z.enum(types),
  });

const goldActorSchema = goldEntitySchema(ACTOR_TYPES);
const goldLocationSchema = goldEntitySchema(LOCATION_TYPES);

const goldEventSchema = z.object({
  type: z.enum(EVENT_TYPES),
  agents: z.array(z.string()),
  targets: z.array(z.string()),
  locations: z.array(z.string()),
  when: z.string().nullable(),
  casualties: z.object({ killed: z.number().int().nullable(), injured: z.number().int().nullable() }).nullable(),
  evidence: z.string().min(1),
  source: z.string().nullable().optional(),
});

const goldClaimSchema = z.object({
  claimant: z.string(),
  about: z.array(z.string()),
  summary_en: z.string(),
  evidence: z.string().min(1),
});

const goldRelationSchema = z.object({
  subject: z.string(),
  relation: z.enum(RELATION_TYPES),
  object: z.string(),
  evidence: z.string().min(1),
});

const goldNonEventSchema = z.object({
  evidence: z.string().min(1),
  why: z.enum(['negated', 'future', 'hypothetical', 'generic']),
});

const goldReportSchema = z
  .object({
    file: z.string().min(1),
    published: z.iso.date().nullable(),
    outlet: z.string(),
    language: z.string(),
    actors: z.array(goldActorSchema),
    locations: z.array(goldLocationSchema),
    events: z.array(goldEventSchema),
    claims: z.array(goldClaimSchema),
    relations: z.array(goldRelationSchema),
    // Report 00 predates non-events and has no such field.
    non_events: z.array(goldNonEventSchema).default([]),
  })
  .superRefine(checkReferencesDeclared);

export type GoldActor = z.infer<typeof goldActorSchema>;
export type GoldLocation = z.infer<typeof goldLocationSchema>;
export type GoldEntity = GoldActor | GoldLocation;
export type GoldEvent = z.infer<typeof goldEventSchema>;
export type GoldClaim = z.infer<typeof goldClaimSchema>;
export type GoldRelation = z.infer<typeof goldRelationSchema>;
export type GoldNonEvent = z.infer<typeof goldNonEventSchema>;
export type GoldReport = z.infer<typeof goldReportSchema>;

/**
 * Validates a parsed gold JSON file. Throws an Error whose message names the file (when `origin`
 * is given) and every wrong field by path, e.g. `events[2].agents[0]: "ISIS " is not declared…`.
 * Besides the shape it checks what the scorer relies on: every canonical referenced by an event,
 * claim `about` or relation is declared among the actors or locations.
 */
export function parseGoldReport(json: unknown, origin?: string): GoldReport {
  const result = goldReportSchema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
  const where = origin ?? 'gold report';
  throw new Error(`${where} is not a valid gold file:\n${lines.join('\n')}`);
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(file)';
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

interface ReferencingReport {
  actors: Array<{ canonical: string }>;
  locations: Array<{ canonical: string }>;
  events: Array<{ agents: string[]; targets: string[]; locations: string[] }>;
  claims: Array<{ about: string[] }>;
  relations: Array<{ subject: string; object: string }>;
}

// An undeclared canonical would silently count as a miss for every system, so it is a gold error.
function checkReferencesDeclared(report: ReferencingReport, context: z.RefinementCtx): void {
  const declared = new Set([...report.actors, ...report.locations].map((entity) => entity.canonical));
  const check = (name: string, path: Array<string | number>): void => {
    if (!declared.has(name)) {
      context.addIssue({ code: 'custom', path, message: `"${name}" is not declared in actors or locations` });
    }
  };
  report.events.forEach((event, index) => {
    for (const role of ['agents', 'targets', 'locations'] as const) {
      event[role].forEach((name, position) => check(name, ['events', index, role, position]));
    }
  });
  report.claims.forEach((claim, index) => {
    claim.about.forEach((name, position) => check(name, ['claims', index, 'about', position]));
  });
  report.relations.forEach((relation, index) => {
    check(relation.subject, ['relations', index, 'subject']);
    check(relation.object, ['relations', index, 'object']);
  });
}
