// Sigma settings for the explorer: edge programs (arrows, curves), label sizes, the CJK font.
import { EdgeCurvedArrowProgram, default as EdgeCurveProgram } from "@sigma/edge-curve";
import { EdgeArrowProgram, EdgeRectangleProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { FONT_FAMILY } from "./font.js";

export const SIGMA_SETTINGS: Partial<Settings> = {
  labelFont: FONT_FAMILY,
  labelSize: 12,
  labelWeight: "400",
  labelRenderedSizeThreshold: 6,
  // Labels are placed and drawn by labelLayer.ts (one collision rule), not by sigma's density grid.
  renderLabels: false,
  defaultEdgeType: "arrow",
  edgeProgramClasses: {
    arrow: EdgeArrowProgram,
    line: EdgeRectangleProgram,
    curvedArrow: EdgeCurvedArrowProgram,
    curved: EdgeCurveProgram,
  },
  zIndex: true,
  minEdgeThickness: 0.8,
  stagePadding: 40,
  // Edge hovers show the relation type and quote (ux/EdgeTooltip); picking must be on from the start.
  enableEdgeEvents: true,
  renderEdgeLabels: false,
};
