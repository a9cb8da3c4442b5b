/**
 * Renders one Astro component to HTML with Astro's container API and parses the result, so
 * component tests can query it like a page.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { JSDOM } from 'jsdom';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: AstroContainer | undefined;

export interface Rendered {
  html: string;
  root: DocumentFragment;
  /** Text with whitespace collapsed. */
  text: string;
}

export async function render(component: Component, props: Record<string, unknown>): Promise<Rendered> {
  container ??= await AstroContainer.create();
  const html = await container.renderToString(component, { props });
  const root = JSDOM.fragment(html);
  return { html, root, text: (root.textContent ?? '').replace(/\s+/g, ' ').trim() };
}
