/**
 * The events of an actor or a place as a connection: one keyset-paged statement per field level
 * for every parent of the level (readParentEventPages), and totalCount one batched count, run only
 * when selected.
 */
import { countParentEvents, readParentEventPages, type ParentEvents } from '../graph/read-fields.js';
import type { PageRow } from '../graph/read-pages.js';
import { checkPageSize, decodeCursor, toConnection, type ConnectionShape } from './connection.js';
import type { ApiContext } from './context.js';
import type { Event } from './graph.types.js';
import type { EventFilterInput } from './inputs.js';
import { checkEventFilter } from './validate-input.js';

export interface EventPageArgs {
  first: number;
  after: string | null;
  descending?: boolean;
}

export async function parentEventConnection(
  context: ApiContext,
  field: string,
  parentId: string,
  which: ParentEvents & { filter: EventFilterInput | null },
  page: EventPageArgs,
): Promise<ConnectionShape<Event>> {
  checkPageSize(page.first);
  checkEventFilter(which.filter);
  const after = decodeCursor(page.after);
  const descending = page.descending ?? false;
  const rows = await context.loaders
    .field(field, { which, first: page.first, after, descending }, (ids) => readParentEventPages(context.graph, ids, which, page.first + 1, after, descending))
    .load(parentId);
  const count = () =>
    context.loaders
      .field(`${field}.totalCount`, which, (ids) => countParentEvents(context.graph, ids, which))
      .load(parentId)
      .then((found) => Number(found[0]?.total ?? 0));
  return toConnection<Event>(rows as unknown as PageRow[], page.first, count);
}
