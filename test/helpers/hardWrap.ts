/**
 * Hard-wraps text at `width` columns, breaking each line at the last space that fits, as
 * `fold -s -w <width>` or an editor does; with `keepTableRows`, Markdown table rows stay whole.
 */
export function hardWrap(text: string, width: number, { keepTableRows = false } = {}): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.length <= width || (keepTableRows && line.startsWith('|'))) return [line];
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current !== '' && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      return [...out, current];
    })
    .join('\n');
}
