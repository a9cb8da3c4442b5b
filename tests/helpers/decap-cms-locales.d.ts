/** Decap's English interface strings (shipped without types); the Indonesian locale is checked against them. */
declare module 'decap-cms-locales/dist/esm/en/index.js' {
  const en: Record<string, unknown>;
  export default en;
}
