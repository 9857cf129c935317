// Common place names that carry no suffix in running text (上海, 美国, 象山): China's provinces,
// its large cities, Zhejiang's cities, Ningbo's districts and counties, and major countries and
// world innovation hubs. General knowledge for any document about Ningbo, not a list taken from
// the corpus; each short form maps to the full administrative name where one is usual.
import type { EntityType } from "../model/vocabulary.js";

export interface Place {
  /** The form found in text. */
  form: string;
  /** The full name (浙江省 for 浙江), when it differs. */
  full?: string;
  subtype: "Country" | "Province" | "City" | "District" | "County";
  /** The full name of the place it belongs to (宁波市 for 海曙区), when general knowledge says so. */
  parent?: string;
}

const list = (subtype: Place["subtype"], entries: string, parent?: string): Place[] =>
  entries.split(" ").map((entry) => {
    const [form = "", full] = entry.split("=");
    return { form, subtype, ...(full ? { full } : {}), ...(parent ? { parent } : {}) };
  });

export const PLACE_TYPE: EntityType = "Region";

export const PLACES: readonly Place[] = [
  ...list(
    "Province",
    "浙江=浙江省 江苏=江苏省 安徽=安徽省 福建=福建省 江西=江西省 山东=山东省 广东=广东省 河南=河南省 河北=河北省 湖南=湖南省 湖北=湖北省 四川=四川省 云南=云南省 贵州=贵州省 陕西=陕西省 山西=山西省 甘肃=甘肃省 青海=青海省 辽宁=辽宁省 吉林=吉林省 黑龙江=黑龙江省 海南=海南省 台湾=台湾省 内蒙古=内蒙古自治区 广西=广西壮族自治区 西藏=西藏自治区 宁夏=宁夏回族自治区 新疆=新疆维吾尔自治区 香港 澳门",
  ),
  ...list(
    "City",
    "北京 上海 天津 重庆=重庆市 深圳 广州 杭州 南京 苏州=苏州市 武汉 成都 西安 合肥 厦门 青岛 大连 无锡 佛山 东莞 长沙 郑州 济南",
  ),
  ...list(
    "City",
    "温州=温州市 绍兴=绍兴市 嘉兴=嘉兴市 湖州=湖州市 金华=金华市 台州=台州市 丽水=丽水市 衢州=衢州市 舟山=舟山市 宁波=宁波市",
    "浙江省",
  ),
  ...list("District", "海曙=海曙区 江北=江北区 镇海=镇海区 北仑=北仑区 鄞州=鄞州区 奉化=奉化区", "宁波市"),
  ...list("County", "余姚=余姚市 慈溪=慈溪市 宁海=宁海县 象山=象山县", "宁波市"),
  ...list(
    "Country",
    "中国 美国 德国 日本 韩国 新加坡 英国 法国 意大利 瑞士 瑞典 芬兰 荷兰 以色列 印度 俄罗斯 加拿大 澳大利亚",
  ),
  ...list("City", "东京 大阪", "日本"),
  ...list("City", "首尔 釜山", "韩国"),
  ...list("City", "伦敦", "英国"),
  ...list("City", "巴黎", "法国"),
  ...list("City", "柏林 慕尼黑", "德国"),
  ...list("City", "纽约 波士顿 旧金山 硅谷 西雅图", "美国"),
];

/** The parent of a place by any of its forms (海曙 or 海曙区 -> 宁波市). */
export function placeParent(name: string): { parent: string; place: Place } | undefined {
  const place = PLACES.find((p) => p.parent && (p.form === name || p.full === name));
  return place?.parent ? { parent: place.parent, place } : undefined;
}
