import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Markdown checklists (`- [ ] Bring the handout`) render as checkboxes with no label,
 * which screen readers announce as just "checkbox" (axe: label). This wraps each
 * checkbox and the text after it in a `<label>`, so the item is announced with its text.
 */
export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const first = node.children.findIndex(isCheckbox);
      if (first === -1 || node.tagName === 'label') return;
      // Label the checkbox and the inline content after it; a nested list stays outside.
      const end = node.children.findIndex((child, i) => i > first && isBlock(child));
      const stop = end === -1 ? node.children.length : end;
      const label: Element = {
        type: 'element',
        tagName: 'label',
        properties: {},
        children: node.children.slice(first, stop),
      };
      node.children.splice(first, stop - first, label);
    });
  };
}

function isCheckbox(node: ElementContent): boolean {
  return node.type === 'element' && node.tagName === 'input' && node.properties['type'] === 'checkbox';
}

function isBlock(node: ElementContent): boolean {
  return node.type === 'element' && ['ul', 'ol', 'p', 'div', 'table', 'blockquote'].includes(node.tagName);
}
