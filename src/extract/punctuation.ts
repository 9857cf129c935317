// ASCII punctuation read as the full-width marks the rules are written for. Reprinting sites and
// the stored copies of pages print `,` `:` `;` `(` `)` `!` `?` where the article had ，：；（）！？; a
// clause rule that stops at ， must stop at them too. One character for one, so offsets stay.

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ",": "，",
  ":": "：",
  ";": "；",
  "(": "（",
  ")": "）",
  "!": "！",
  "?": "？",
};

/**
 * `text` with ASCII clause punctuation made full-width, same length. A comma or colon between two
 * digits (1,000; 08:30) and marks among Latin letters (e.g. a URL or "A, B") are left alone.
 */
export function fullWidthPunctuation(text: string): string {
  return text.replace(/[,:;()!?]/g, (mark, at: number) => {
    const before = text[at - 1] ?? "";
    const after = text[at + 1] ?? "";
    if ((mark === "," || mark === ":") && /\d/.test(before) && /\d/.test(after)) return mark;
    if (/[A-Za-z]/.test(before) && /[\sA-Za-z]/.test(after) && mark !== "(" && mark !== ")") return mark;
    return FULL_WIDTH[mark] ?? mark;
  });
}
