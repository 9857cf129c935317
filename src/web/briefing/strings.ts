// UI strings of the briefing mode and exports, zh and en (the app's i18n pattern, kept beside the feature).
import { translate, type Lang } from "../i18n/strings.js";

const STRINGS = {
  briefing: ["简报与导出", "Briefing & export"],
  story: ["故事", "Story"],
  newStory: ["新建故事", "New story"],
  storyName: ["故事名称", "Story name"],
  caption: ["说明文字", "Caption"],
  addView: ["添加当前视图", "Add current view"],
  present: ["演示", "Present"],
  downloadStory: ["下载故事", "Download story"],
  uploadStory: ["打开故事文件", "Open story file"],
  storyLink: ["故事链接", "Story link"],
  deleteStory: ["删除故事", "Delete story"],
  noViews: ["尚无视图：先添加当前视图", "No views yet: add the current view"],
  staleData: ["此视图基于另一版本的数据", "This view was made on another data version"],
  image: ["图片", "Image"],
  dataView: ["当前视图数据", "Data of this view"],
  dataAll: ["全图数据", "Data of the whole graph"],
  sources: ["来源", "Sources"],
  legendTypes: ["实体类型", "Entity types"],
  legendRelations: ["关系类型", "Relations"],
  exporting: ["导出中…", "Exporting…"],
} as const satisfies Record<string, readonly [string, string]>;

export type BriefingKey = keyof typeof STRINGS;

export function bt(key: BriefingKey, lang: Lang): string {
  return translate(STRINGS[key], lang);
}
