/** Union-find over string ids: groups items joined by pairs, the way incidents are formed. */

/**
 * Partitions `items` into the connected groups formed by `pairs` (pairs may name items not in
 * `items`; they join the groups too). Groups and their members come out sorted, so the result
 * depends only on the sets given, never on their order.
 */
export function connectedGroups(items: Iterable<string>, pairs: Iterable<readonly [string, string]>): string[][] {
  const parent = new Map<string, string>();
  const find = (item: string): string => {
    let root = item;
    while (parent.get(root) !== root) {
      if (!parent.has(root)) parent.set(root, root);
      else root = parent.get(root) as string;
    }
    for (let node = item; node !== root; ) {
      const next = parent.get(node) as string;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const item of items) find(item);
  for (const [left, right] of pairs) {
    const rootLeft = find(left);
    const rootRight = find(right);
    if (rootLeft !== rootRight) parent.set(rootLeft < rootRight ? rootRight : rootLeft, rootLeft < rootRight ? rootLeft : rootRight);
  }
  const groups = new Map<string, string[]>();
  for (const item of parent.keys()) {
    const root = find(item);
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  }
  return [...groups.values()].map((group) => group.sort()).sort((left, right) => ((left[0] ?? '') < (right[0] ?? '') ? -1 : 1));
}
