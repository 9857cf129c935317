// Top bar: undo/redo, language, zoom; kept clear of the side panels.
import { useI18n } from "../i18n/lang.js";
import { LANGS, type Lang } from "../i18n/strings.js";

export interface ToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  onLang(lang: Lang): void;
}

const LANG_LABEL: Record<Lang, string> = { zh: "中文", en: "English", both: "中 / EN" };

export function Toolbar({ canUndo, canRedo, onUndo, onRedo, onLang }: ToolbarProps) {
  const { t, lang } = useI18n();
  return (
    <div className="toolbar">
      <button type="button" data-testid="undo" disabled={!canUndo} onClick={onUndo} title="Ctrl+Z">
        ↶ {t("undo")}
      </button>
      <button type="button" data-testid="redo" disabled={!canRedo} onClick={onRedo} title="Ctrl+Shift+Z">
        ↷ {t("redo")}
      </button>
      <select
        aria-label={t("language")}
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
