/**
 * Reads CBOR (RFC 8949), the binary format of Pagefind's index metadata: unsigned and negative
 * integers, byte and text strings, arrays, maps, tags and simple values, all of definite
 * length, which is what Pagefind writes. Anything else is refused with an error, never guessed.
 */
export type CborValue = number | bigint | string | Uint8Array | boolean | null | undefined | CborValue[] | Map<CborValue, CborValue>;

const textDecoder = new TextDecoder('utf-8', { fatal: true });

/** A 16-bit IEEE 754 float (RFC 8949, appendix D). */
function halfFloat(bits: number): number {
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  const magnitude = exponent === 0 ? fraction * 2 ** -24 : exponent === 31 ? (fraction ? NaN : Infinity) : (fraction + 1024) * 2 ** (exponent - 25);
  return bits & 0x8000 ? -magnitude : magnitude;
}

export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;

  function need(count: number): void {
    if (offset + count > bytes.length) throw new Error(`CBOR ends early at byte ${offset}`);
  }

  /** The argument of an item head: its length, its count or its integer value. */
  function argument(info: number): number | bigint {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw new Error(`CBOR item of indefinite or reserved length at byte ${offset - 1}`);
    need(size);
    const at = offset;
    offset += size;
    if (size === 1) return view.getUint8(at);
    if (size === 2) return view.getUint16(at);
    if (size === 4) return view.getUint32(at);
    const big = view.getBigUint64(at);
    return big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
  }

  function length(info: number): number {
    const value = argument(info);
    if (typeof value === 'bigint') throw new Error(`CBOR length too large at byte ${offset}`);
    return value;
  }

  function item(): CborValue {
    need(1);
    const head = view.getUint8(offset);
    offset += 1;
    const major = head >> 5;
    const info = head & 0x1f;
    switch (major) {
      case 0:
        return argument(info);
      case 1: {
        const value = argument(info);
        return typeof value === 'bigint' ? -1n - value : -1 - value;
      }
      case 2:
      case 3: {
        const size = length(info);
        need(size);
        const slice = bytes.subarray(offset, offset + size);
        offset += size;
        return major === 2 ? slice : textDecoder.decode(slice);
      }
      case 4:
        return Array.from({ length: length(info) }, () => item());
      case 5: {
        const map = new Map<CborValue, CborValue>();
        for (let count = length(info); count > 0; count -= 1) map.set(item(), item());
        return map;
      }
      case 6:
        argument(info);
        return item();
      default:
        return simple(info);
    }
  }

  function simple(info: number): CborValue {
    if (info === 20) return false;
    if (info === 21) return true;
    if (info === 22) return null;
    if (info === 23) return undefined;
    const size = info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw new Error(`CBOR simple value ${info} not understood at byte ${offset - 1}`);
    need(size);
    const at = offset;
    offset += size;
    return size === 2 ? halfFloat(view.getUint16(at)) : size === 4 ? view.getFloat32(at) : view.getFloat64(at);
  }

  const value = item();
  if (offset !== bytes.length) throw new Error(`CBOR has ${bytes.length - offset} bytes after its value`);
  return value;
}
