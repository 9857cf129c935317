// Top bar: undo/redo, language, zoom; kept clear of the side panels.
import { LANGS, t, type Lang } from "../i18n/strings.js";

export interface ToolbarProps {
  lang: Lang;
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  onLang(lang: Lang): void;
}

const LANG_LABEL: Record<Lang, string> = { zh: "中文", en: "English", both: "中 / EN" };

export function Toolbar({ lang, canUndo, canRedo, onUndo, onRedo, onLang }: ToolbarProps) {
  return (
    <div className="toolbar">
      <button type="button" data-testid="undo" disabled={!canUndo} onClick={onUndo} title="Ctrl+Z">
        ↶ {t("undo", lang)}
      </button>
      <button type="button" data-testid="redo" disabled={!canRedo} onClick={onRedo} title="Ctrl+Shift+Z">
        ↷ {t("redo", lang)}
      </button>
      <select
        aria-label={t("language", lang)}
        data-testid="lang"
        value={lang}
        onChange={(e) => onLang(e.target.value as Lang)}
      >
        {LANGS.map((l) => (
          <option key={l} value={l}>
            {LANG_LABEL[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
