// The benchmark compares the three servers' answers by their signatures (bench/suite.ts):
// equal answers in each server's shape must sign alike, and different ones apart.
import { describe, expect, it } from 'vitest';
import { SUITE } from '../../bench/suite.js';

const groupedCount = SUITE.find((o) => o.name === 'groupedCount')!;
type Group = { zone: string | null; field: string | null; count: number };
const asOurs = (groups: Group[]) => ({
  reformMeasureCounts: groups.map((g) => ({
    keys: [
      { dimension: 'ZONE', node: g.zone ? { id: g.zone } : null },
      { dimension: 'FIELD', node: g.field ? { id: g.field } : null },
    ],
    count: g.count,
  })),
});

describe('groupedCount signature', () => {
  const groups: Group[] = [
    { zone: 'zone:a', field: 'field:x', count: 3 },
    { zone: null, field: 'field:x', count: 2 },
    { zone: 'zone:b', field: null, count: 1 },
  ];

  it("is the same for the same groups from all three servers, 'none' groups included", () => {
    const signatures = [
      groupedCount.signature('ours', asOurs(groups)),
      groupedCount.signature('neo4jGraphql', { reformMeasureCountsByZoneAndField: groups }),
      groupedCount.signature('floor', groups),
    ];
    expect(new Set(signatures).size).toBe(1);
    expect(signatures[0]).toMatch(/^groups 3 \(2 'none'\), largest 3, all [0-9a-f]{8}$/);
  });

  it('differs when the groups differ but their number and the largest count do not', () => {
    const other = [groups[0]!, { ...groups[1]!, field: 'field:y' }, groups[2]!];
    expect(groupedCount.signature('floor', other)).not.toBe(groupedCount.signature('floor', groups));
  });
});
