// How deep and how large a DOM tree is, measured without recursion (the tree may be hostile).
import { type DomNode, isElement } from './dom-shape.ts';

export interface TreeShape {
  readonly maxDepth: number;
  readonly elements: number;
}

export function measureTree(root: DomNode): TreeShape {
  let maxDepth = 0;
  let elements = 0;
  const stack: { node: DomNode; depth: number }[] = [{ node: root, depth: 0 }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { node, depth } = entry;
    if (isElement(node)) elements++;
    if (depth > maxDepth) maxDepth = depth;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child && isElement(child)) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return { maxDepth, elements };
}
