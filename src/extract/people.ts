// People and the organisations they speak for. A person's name is two or three characters, and
// documents name people next to their role: after it and before a verb of saying
// (负责人臧未一说, 创始人王冠博士表示), or before an honorific that only follows a name (…总书记).
// The owner of a role written as a bare name before it (中科远东负责人) is read as a company.
import type { Mention } from "./mentions.js";

/** Roles that head an organisation; a name after them, then a verb of saying, is a person. */
export const HEAD_ROLES =
  "负责人|创始人|董事长|总经理|副总经理|总裁|院长|副院长|所长|主任|副主任|理事长|首席执行官|党工委书记|书记|局长|校长|主席";
const SAYING = "说|表示|介绍|指出|告诉|认为|坦言|透露";
const HONORIFIC = "博士|教授|先生|女士|院士";
const PERSON_AFTER_ROLE = new RegExp(
  `(?:${HEAD_ROLES})([\\u4e00-\\u9fff]{2,3}?)(?:${HONORIFIC})?(?:${SAYING})`,
  "dgu",
);
/** Honorifics written only after a person's name, at the start of a clause. */
const PERSON_BEFORE_TITLE = /(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{2,3}?)(?:总书记|董事长|院士)/dgu;
/** A bare name (no suffix) right before a head role, at the start of a clause: the organisation. */
const OWNER_BEFORE_ROLE = new RegExp(
  `(?:^|[^\\u4e00-\\u9fff])([\\u4e00-\\u9fff]{3,6}?)(?:${HEAD_ROLES})`,
  "dgu",
);
/** Words that own a role without being a particular organisation (企业负责人, 银行负责人). */
const GENERIC_OWNERS =
  /^(企业|公司|银行|单位|部门|机构|平台|项目|学校|医院|相关|有关|运营单位)|(企业|公司|单位|部门|机构|方面)$/;

/** Person mentions and the companies that own a role, in `text`, where `free` says a span is not yet taken. */
export function findPeople(text: string, free: (start: number, end: number) => boolean): Mention[] {
  const found: Mention[] = [];
  const add = (m: Mention): void => {
    if (free(m.start, m.end) && !found.some((f) => f.start < m.end && m.start < f.end)) found.push(m);
  };
  for (const pattern of [PERSON_AFTER_ROLE, PERSON_BEFORE_TITLE]) {
    for (const match of text.matchAll(pattern)) {
      const [start, end] = match.indices?.[1] ?? [0, 0];
      const name = text.slice(start, end);
      add({ start, end, text: name, type: "Person", subtype: "Person", rule: "person.role", nested: [] });
    }
  }
  for (const match of text.matchAll(OWNER_BEFORE_ROLE)) {
    const [start, end] = match.indices?.[1] ?? [0, 0];
    const name = text.slice(start, end);
    if (GENERIC_OWNERS.test(name)) continue;
    add({ start, end, text: name, type: "Company", subtype: "Company", rule: "role.owner", nested: [] });
  }
  return found;
}
