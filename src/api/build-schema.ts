/** Builds the executable GraphQL schema from the type-graphql resolver classes. */
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ReportResolver } from './report.resolver.js';

export async function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [ReportResolver],
    validate: false,
  });
}
