/**
 * After an analyst merged actors (merge-actors.ts), later reports may still name a merged id — the
 * extractor knows nothing of the merge. Before a report is written, {@link readActorRedirects}
 * finds the merged ids among its actors and {@link redirectActors} rewrites the extraction so
 * they land on the kept actor, under its name and type, as the merge did for earlier reports.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { ActorType } from '../domain/vocabulary.js';
import type { Entity, Extraction, Span } from '../domain/extraction.js';
import { PLANNED_ONCE } from './planned-once.js';

/** The actor a merged id now stands for. */
export interface KeptActor {
  id: string;
  name: string;
  nameAr: string | null;
  type: string;
}

const READ_REDIRECTS = `${PLANNED_ONCE}
UNWIND $ids AS id
MATCH (:MergedActor {id: id})-[:MERGED_INTO]->(kept:Actor)
RETURN id, kept.id AS keptId, kept.name AS name, kept.nameAr AS nameAr, kept.type AS type`;

/** The merged ids among `actorIds`, each with the actor it was merged into. */
export async function readActorRedirects(tx: ManagedTransaction, actorIds: readonly string[]): Promise<Map<string, KeptActor>> {
  const ids = [...new Set(actorIds)];
  if (ids.length === 0) return new Map();
  const result = await tx.run(READ_REDIRECTS, { ids });
  return new Map(
    result.records.map((record) => [
      record.get('id') as string,
      { id: record.get('keptId') as string, name: record.get('name') as string, nameAr: record.get('nameAr') as string | null, type: record.get('type') as string },
    ]),
  );
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];
const bySpan = (left: Span, right: Span) => left.start - right.start || left.end - right.end;

/** The extraction with every merged actor id replaced by its kept actor's; the same extraction when none is. */
export function redirectActors(extraction: Extraction, redirects: ReadonlyMap<string, KeptActor>): Extraction {
  if (!extraction.entities.some((entity) => redirects.has(entity.id))) return extraction;
  const idOf = (id: string) => redirects.get(id)?.id ?? id;

  const entities = new Map<string, Entity>();
  for (const entity of extraction.entities) {
    const kept = redirects.get(entity.id);
    const moved: Entity = kept
      ? {
          ...entity,
          id: kept.id,
          name: kept.name,
          names: { ...(kept.nameAr ? { ar: kept.nameAr } : {}), en: kept.name },
          type: kept.type as ActorType,
        }
      : entity;
    const already = entities.get(moved.id);
    entities.set(
      moved.id,
      already === undefined
        ? moved
        : // The report named the kept actor too: its own entry wins; the merged one adds its words.
          { ...(kept ? already : moved), aliases: unique([...already.aliases, ...moved.aliases]).sort(), mentions: [...already.mentions, ...moved.mentions].sort(bySpan) },
    );
  }

  const relations = new Map<string, Extraction['relations'][number]>();
  for (const relation of extraction.relations) {
    const moved = { ...relation, subject: idOf(relation.subject), object: idOf(relation.object) };
    if (moved.subject !== moved.object) relations.set(JSON.stringify([moved.subject, moved.type, moved.object, moved.provenance, moved.evidence]), moved);
  }

  return {
    ...extraction,
    entities: [...entities.values()],
    events: extraction.events.map((event) => ({
      ...event,
      agents: unique(event.agents.map(idOf)),
      targets: unique(event.targets.map(idOf)),
      source: event.source && event.source.entity ? { ...event.source, entity: idOf(event.source.entity) } : event.source,
    })),
    claims: extraction.claims.map((claim) => ({
      ...claim,
      about: unique(claim.about.map(idOf)),
      claimant: claim.claimant.entity ? { ...claim.claimant, entity: idOf(claim.claimant.entity) } : claim.claimant,
    })),
    relations: [...relations.values()],
  };
}
