// Regression for issue 8: the one-pass quote and alias checks must agree with text.includes exactly.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formsFoundIn } from "../../src/data/mentions.js";
import { quotesFoundIn } from "../../src/data/quotes-found.js";

// A tiny alphabet makes overlaps, repeats and shared prefixes common.
const str = (max: number) =>
  fc.string({ unit: fc.constantFrom("甬", "江", "a", "b", "\uD842", "\uDFB7"), maxLength: max });

describe("one-pass substring checks", () => {
  it("quotesFoundIn says what includes says, for every quote", () => {
    fc.assert(
      fc.property(str(60), fc.array(str(12), { maxLength: 20 }), (text, quotes) => {
        const found = quotesFoundIn(text, quotes);
        for (const quote of quotes) expect(found.has(quote)).toBe(text.includes(quote));
      }),
    );
  });

  it("formsFoundIn finds forms hidden inside longer ones, which findMentions would not report", () => {
    fc.assert(
      fc.property(
        str(60),
        fc.array(
          str(6).filter((s) => s !== ""),
          { maxLength: 20 },
        ),
        (text, forms) => {
          const found = formsFoundIn(
            text,
            forms.map((form, i) => ({ form, entity: `e${i}` })),
          );
          for (const form of forms) expect(found.has(form)).toBe(text.includes(form));
        },
      ),
    );
    expect(
      formsFoundIn("宁波高新区", [
        { form: "宁波高新区", entity: "a" },
        { form: "宁波", entity: "b" },
      ]),
    ).toEqual(new Set(["宁波高新区", "宁波"]));
  });
});
