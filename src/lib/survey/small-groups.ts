/**
 * Publishing counts per group (gender, occupation, service...) must not single anybody out:
 * a group smaller than the minimum is merged into "Lainnya". When "Lainnya" itself would stay
 * smaller than the minimum (one small group merged alone could still be recognised), the
 * smallest remaining group joins it too, until it is large enough.
 */
export interface GroupCount {
  group: string;
  count: number;
}

export interface MergedGroups {
  /** Groups to publish, largest first (or in `order` when given), "Lainnya" last. */
  groups: GroupCount[];
  /** Which published group each original group ended up in. */
  mergedInto: Map<string, string>;
}

export function mergeSmallGroups(
  counts: ReadonlyMap<string, number>,
  options: { minimum: number; otherLabel: string; order?: readonly string[] },
): MergedGroups {
  const { minimum, otherLabel } = options;
  const isOther = (group: string) => group.toLowerCase() === otherLabel.toLowerCase();
  const kept: GroupCount[] = [];
  const merged: string[] = [];
  let other = 0;
  for (const [group, count] of counts) {
    if (count <= 0) continue;
    if (isOther(group) || count < minimum) {
      merged.push(group);
      other += count;
    } else kept.push({ group, count });
  }
  // The smallest kept group goes first when "Lainnya" needs more members.
  kept.sort((a, b) => a.count - b.count || b.group.localeCompare(a.group, 'id'));
  while (other > 0 && other < minimum && kept.length) {
    const smallest = kept.shift()!;
    merged.push(smallest.group);
    other += smallest.count;
  }
  const rank = (group: string) => {
    const index = options.order?.indexOf(group) ?? -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  kept.sort((a, b) => rank(a.group) - rank(b.group) || b.count - a.count || a.group.localeCompare(b.group, 'id'));
  const mergedInto = new Map<string, string>();
  for (const { group } of kept) mergedInto.set(group, group);
  const publishable = other >= minimum;
  for (const group of merged) if (publishable) mergedInto.set(group, otherLabel);
  return { groups: publishable ? [...kept, { group: otherLabel, count: other }] : kept, mergedInto };
}
