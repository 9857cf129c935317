// What XML 1.0 forbids in text, for both XML writers (GraphML in formats.ts, SVG in svg.ts).

/** The control characters XML 1.0 forbids; built from a string so the source holds none. */
export const XML_INVALID = new RegExp(
  "[" +
    String.fromCharCode(0) +
    "-" +
    String.fromCharCode(8) +
    String.fromCharCode(11, 12) +
    String.fromCharCode(14) +
    "-" +
    String.fromCharCode(31) +
    "]",
  "g",
);
