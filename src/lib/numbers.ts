/** Indonesian number wording: comma for decimals, dot for thousands (94,18; 1.500.000). */
const decimalFormats = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number, fractionDigits = 0): string {
  let format = decimalFormats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('id-ID', {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    decimalFormats.set(fractionDigits, format);
  }
  return format.format(value);
}

/** "Rp150.000" as Bank Indonesia writes rupiah amounts. */
export function formatRupiah(amount: number): string {
  return `Rp${formatNumber(amount)}`;
}
