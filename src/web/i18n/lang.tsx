// The current UI language as a React context, so components read it instead of passing `lang` down.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { pick, t, type Lang, type StringKey } from "./strings.js";

const LangContext = createContext<Lang>("both");

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

interface I18n {
  lang: Lang;
  /** The UI string for `key` in the current language. */
  t(key: StringKey): string;
  /** A bilingual pair (names, type labels) in the current language. */
  pick(zh: string, en: string): string;
}

/** The current language and its two accessors. */
export function useI18n(): I18n {
  const lang = useContext(LangContext);
  return useMemo(
    () => ({
      lang,
      t: (key: StringKey) => t(key, lang),
      pick: (zh: string, en: string) => pick(zh, en, lang),
    }),
    [lang],
  );
}
