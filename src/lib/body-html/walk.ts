/**
 * Walks a parsed body without recursion. A hostile body can nest elements thousands deep
 * (10,000 ">" make as many quotes); the recursive visitors of the unist family would overflow
 * the stack on it, so the body's depth is measured here first, and refused above MAX_BODY_DEPTH.
 */
import type { Element, Root, RootContent, Text } from 'hast';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';

/** Deeper than any article needs (a list in a quote in a table is about ten levels). */
export const MAX_BODY_DEPTH = 64;

type Parent = Root | Element;

/** Calls `visit` for every element, parents before children, with its depth (1 = top level). */
export function eachElement(tree: Root, visit: (element: Element, depth: number) => void): void {
  const stack: { node: RootContent | Root; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (node.type === 'element') visit(node, depth);
    if ('children' in node) {
      const children = (node as Parent).children;
      for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]!, depth: depth + 1 });
    }
  }
}

/** Calls `visit` for every text node. */
export function eachText(tree: Root, visit: (text: Text) => void): void {
  const stack: (Root | RootContent)[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') visit(node);
    if ('children' in node) stack.push(...(node as Parent).children);
  }
}

/** How deeply the body's elements nest. */
export function bodyDepth(tree: Root): number {
  let deepest = 0;
  eachElement(tree, (_element, depth) => {
    if (depth > deepest) deepest = depth;
  });
  return deepest;
}

/**
 * How deeply the elements of an HTML fragment nest, read with parse5 alone: its tree builder
 * does not recurse, while converting its tree to hast does, so this runs before that.
 */
export function htmlDepth(html: string): number {
  let deepest = 0;
  const stack: { node: DefaultTreeAdapterTypes.ParentNode; depth: number }[] = [{ node: parseFragment(html), depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (const child of node.childNodes) if ('childNodes' in child) stack.push({ node: child, depth: depth + 1 });
    if ('content' in node && node.content) stack.push({ node: node.content, depth: depth + 1 });
  }
  return deepest;
}
