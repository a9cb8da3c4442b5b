/** The CBOR reader against the examples of RFC 8949, appendix A. */
import { describe, expect, it } from 'vitest';
import { decodeCbor } from '../../src/lib/cbor.ts';

const hex = (text: string) => Uint8Array.from(text.match(/../g)!.map((byte) => parseInt(byte, 16)));

describe('decodeCbor', () => {
  it.each([
    ['00', 0],
    ['17', 23],
    ['1818', 24],
    ['190100', 256],
    ['1a000f4240', 1000000],
    ['1b000000e8d4a51000', 1000000000000],
    ['1bffffffffffffffff', 18446744073709551615n],
    ['20', -1],
    ['3863', -100],
    ['f4', false],
    ['f5', true],
    ['f6', null],
    ['f93c00', 1],
    ['f97bff', 65504],
    ['f9c400', -4],
    ['fa47c35000', 100000],
    ['fb3ff199999999999a', 1.1],
    ['6161', 'a'],
    ['62c3bc', 'ü'],
    ['60', ''],
    ['c074323031332d30332d32315432303a30343a30305a', '2013-03-21T20:04:00Z'],
  ])('reads %s', (bytes, expected) => {
    expect(decodeCbor(hex(bytes))).toEqual(expected);
  });

  it('reads byte strings, nested arrays and maps', () => {
    expect(decodeCbor(hex('4401020304'))).toEqual(Uint8Array.from([1, 2, 3, 4]));
    expect(decodeCbor(hex('8301820203820405'))).toEqual([1, [2, 3], [4, 5]]);
    expect(decodeCbor(hex('a26161016162820203'))).toEqual(new Map<unknown, unknown>([['a', 1], ['b', [2, 3]]]));
  });

  it('refuses what it cannot read whole, saying where', () => {
    expect(() => decodeCbor(hex('6261'))).toThrow(/ends early at byte 1/);
    expect(() => decodeCbor(hex('9f01ff'))).toThrow(/indefinite/);
    expect(() => decodeCbor(hex('0101'))).toThrow(/1 bytes after its value/);
    expect(() => decodeCbor(hex('62c328'))).toThrow();
  });
});
