// Embeds the Noto Sans SC subsets an export needs: the app's @font-face rules are split by unicode-range,
// so we fetch only the subsets whose range covers some character of the export and inline them as data: URLs.

/** Parses a CSS unicode-range ("U+4e00-4fff, U+20") into [from, to] pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(",").map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, "").split("-");
    const from = parseInt((a ?? "").replace(/\?/g, "0"), 16);
    const to = b ? parseInt(b, 16) : parseInt((a ?? "").replace(/\?/g, "f"), 16);
    return [from, to];
  });
}

const covers = (ranges: [number, number][], text: string): boolean =>
  [...text].some((c) => ranges.some(([a, b]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b));

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () =>
      reject(
        reader.error instanceof Error ? reader.error : new Error("fontEmbed: could not read the font file"),
      );
    reader.readAsDataURL(blob);
  });
}

/** @font-face rules (with inlined woff2) for `text`; '' when the fonts cannot be read (e.g. from file://). */
export async function embeddedFontCss(text: string): Promise<string> {
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let cssRules: CSSRuleList;
    try {
      cssRules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(cssRules)) {
      if (
        !(rule instanceof CSSFontFaceRule) ||
        !rule.style.getPropertyValue("font-family").includes("Noto Sans SC")
      )
        continue;
      const range = rule.style.getPropertyValue("unicode-range");
      if (range && !covers(parseUnicodeRange(range), text)) continue;
      const src = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(rule.style.getPropertyValue("src"))?.[1];
      if (!src) continue;
      try {
        const url = await dataUrl(new URL(src, sheet.href ?? document.baseURI).href);
        rules.push(
          `@font-face{font-family:"Noto Sans SC";font-weight:${rule.style.getPropertyValue("font-weight") || "400"};src:url(${url}) format("woff2");${range ? `unicode-range:${range};` : ""}}`,
        );
      } catch {
        return "";
      }
    }
  }
  return rules.join("\n");
}
