/**
 * remark plugin: raw HTML in scraped markdown is shown as text, never as markup.
 * remark-html's sanitiser would drop it silently; a reader should see what the
 * source said, so every `html` node becomes a `text` node with the same value.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Turns every raw-HTML node into a text node. */
export default function remarkHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (parent && index !== undefined) parent.children[index] = { type: 'text', value: node.value } as never;
    });
  };
}
