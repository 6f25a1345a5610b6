/**
 * Per-request DataLoaders: every field level of a request becomes one call to a graph/ read
 * function for all its parents (no query per item). Nodes load by label; relational fields load
 * through {@link Loaders.field}, one loader per field and argument set.
 */
import DataLoader from 'dataloader';
import type { GraphConnection } from '../graph/driver.js';
import { readNodesByIds, type NodeLabel } from '../graph/read-nodes.js';
import type { ReadRow } from '../graph/read-query.js';

export interface Loaders {
  node(label: NodeLabel): DataLoader<string, ReadRow | null>;
  /** Children of parents for one field: `batch` gets every parent id of the level at once. */
  field(name: string, args: unknown, batch: (ids: readonly string[]) => Promise<Map<string, ReadRow[]>>): DataLoader<string, ReadRow[]>;
}

export function createLoaders(graph: GraphConnection): Loaders {
  const nodes = new Map<NodeLabel, DataLoader<string, ReadRow | null>>();
  const fields = new Map<string, DataLoader<string, ReadRow[]>>();
  return {
    node(label) {
      let loader = nodes.get(label);
      if (loader === undefined) {
        loader = new DataLoader(async (ids) => {
          const found = await readNodesByIds(graph, label, ids);
          return ids.map((id) => found.get(id) ?? null);
        });
        nodes.set(label, loader);
      }
      return loader;
    },
    field(name, args, batch) {
      const key = `${name}:${JSON.stringify(args ?? null)}`;
      let loader = fields.get(key);
      if (loader === undefined) {
        loader = new DataLoader(async (ids) => {
          const found = await batch(ids);
          return ids.map((id) => found.get(id) ?? []);
        });
        fields.set(key, loader);
      }
      return loader;
    },
  };
}
