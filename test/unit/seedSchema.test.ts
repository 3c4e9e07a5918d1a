import { describe, expect, it } from 'vitest';
import { parseRecordFile, RecordValidationError } from '../../src/records/readRecordDir.js';

function errorOf(text: string): RecordValidationError {
  try {
    parseRecordFile(text, 'zones/bad.yaml');
  } catch (e) {
    if (e instanceof RecordValidationError) return e;
    throw e;
  }
  throw new Error('expected a validation error');
}

const zone = (extra: string) => `zones:
  - id: zone:testland
    kind: PILOT_FREE_TRADE_ZONE
    nameEn: Test
    shortName: Test
    province: Test
    sources: [source:w-sh]
${extra}`;

describe('seed record validation', () => {
  it('accepts a valid record', () => {
    expect(parseRecordFile(zone('    launchedOn: 2013-09-29'), 'ok.yaml').zones[0]!.launchedOn).toBe('2013-09-29');
  });
  it.each([
    ['an impossible date', zone('    launchedOn: 2013-02-30'), 'zone:testland', 'launchedOn'],
    ['a badly formed date', zone('    launchedOn: 29/09/2013'), 'zone:testland', 'launchedOn'],
    ['an unknown field', zone('    population: 3'), 'zone:testland', 'population'],
    ['a batch out of range', zone('    batch: 9'), 'zone:testland', 'batch'],
    ['a missing source', 'zones:\n  - id: zone:x\n    kind: PILOT_FREE_TRADE_ZONE\n    nameEn: X\n    shortName: X\n    province: X\n', 'zone:x', 'sources'],
    ['a malformed id', zone('').replace('zone:testland', 'Zone:Test Land'), 'Zone:Test Land', 'id'],
  ])('rejects %s, naming file, record and field', (_what, text, recordId, field) => {
    const e = errorOf(text);
    expect(e.file).toBe('zones/bad.yaml');
    expect(e.recordId).toBe(recordId);
    expect(e.field).toBe(field);
  });
});
