/**
 * Refuses, before any Cypher runs, a request that would read too many items: each field costs 1
 * plus what it contains, times how many items a list may hold — its `first` argument, or
 * {@link NESTED_LIST_ESTIMATE} for a capped list without one. graphql-armor's cost limit counts
 * fields but not list sizes, so `actors(first: 100) { edges { node { events(first: 500) { … } } } }`
 * passes it while asking for 50,000 events; this limit does not.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getNullableType, isListType } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/** How many items a nested list without `first` is assumed to hold (they are capped at MAX_NESTED). */
export const NESTED_LIST_ESTIMATE = 5;
export const MAX_COMPLEXITY = 200_000;

const listAware: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // A connection's edges are already counted by its `first`.
  if (type.name.endsWith('Connection') && field.name === 'edges') return 1 + childComplexity;
  if (typeof args.first === 'number') return 1 + Math.max(args.first, 1) * childComplexity;
  if (isListType(getNullableType(field.type))) return 1 + NESTED_LIST_ESTIMATE * childComplexity;
  return undefined;
};

export function complexityLimitPlugin<Context extends object>(maximum = MAX_COMPLEXITY): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request, document, schema }) => {
        const complexity = getComplexity({
          schema,
          query: document,
          variables: request.variables ?? {},
          ...(request.operationName ? { operationName: request.operationName } : {}),
          estimators: [listAware, simpleEstimator({ defaultComplexity: 1 })],
        });
        if (complexity > maximum) {
          throw new GraphQLError(
            `This request could read about ${complexity.toLocaleString('en')} items, more than the ${maximum.toLocaleString('en')} allowed: ask for fewer items (first) or fewer nested lists, and page with after.`,
            { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
          );
        }
      },
    }),
  };
}
