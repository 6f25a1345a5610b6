/** Builds the executable GraphQL schema from the type-graphql resolver classes. */
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActorResolver } from './actor.resolver.js';
import { EventResolver, IncidentResolver } from './event.resolver.js';
import { ClaimResolver } from './claim.resolver.js';
import { LocationResolver } from './location.resolver.js';
import { ActorRelationResolver, EvidenceResolver, PathLinkResolver } from './relation.resolver.js';
import { ReportResolver } from './report.resolver.js';
import { CONNECTION_RESOLVERS } from './connection.js';
import { ActorCorrectionsResolver, CorrectionResolver, EventCorrectionsResolver } from './correction.resolver.js';
import { MutationResolver } from './mutation.resolver.js';
import { QueryResolver } from './query.resolver.js';

export async function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      QueryResolver, MutationResolver, ActorResolver, EventResolver, IncidentResolver, LocationResolver,
      ClaimResolver, ReportResolver, EvidenceResolver, ActorRelationResolver, PathLinkResolver,
      CorrectionResolver, EventCorrectionsResolver, ActorCorrectionsResolver,
      ...CONNECTION_RESOLVERS,
    ],
    validate: false,
  });
}
