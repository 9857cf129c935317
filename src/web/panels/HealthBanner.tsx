// Polls /api/health; shows a banner while the database is away and clears it when it returns.
import { useEffect, useState } from "react";
import type { GraphSource } from "../source/GraphSource.js";
import { useI18n } from "../i18n/lang.js";

export interface HealthBannerProps {
  source: GraphSource;
  /** Poll interval while healthy / while away (ms). */
  upMs?: number;
  downMs?: number;
  onRecovered?(): void;
}

export function HealthBanner({ source, upMs = 5000, downMs = 1500, onRecovered }: HealthBannerProps) {
  const { t } = useI18n();
  const [down, setDown] = useState(false);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasDown = false;
    const poll = async () => {
      const h = await source.health().catch(() => ({ status: "degraded", neo4j: "down" }) as const);
      if (!live) return;
      const isDown = h.neo4j !== "up";
      if (wasDown && !isDown) onRecovered?.();
      wasDown = isDown;
      setDown(isDown);
      timer = setTimeout(() => void poll(), isDown ? downMs : upMs);
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [source, upMs, downMs, onRecovered]);
  if (!down) return null;
  return (
    <div className="banner" role="alert" data-testid="db-banner">
      {t("dbAway")}
    </div>
  );
}
