// Where a name may start: hard-stop words (verbs and particles that cannot be inside a name),
// protected compounds that contain such words but are inside names, and leading modifiers to trim.

/** Words that end a name when found to its left: triggers, prepositions, common verbs and particles. */
export const HARD_STOPS: readonly string[] = [
  "由", "联合", "携手", "共同", "共建", "组建", "设立", "成立", "落户", "位于", "入驻", "签署", "签约", "投资", "孵化",
  "牵头", "是", "为", "的", "已", "等", "将", "在", "于", "向", "对", "获", "目前", "该", "和", "与", "及", "以及",
  "推进", "推动", "建设", "打造", "加快", "实施", "支持", "依托", "围绕", "通过", "积极", "全力", "深化", "引进", "培育",
  "集聚", "聚焦", "成为", "作为", "拥有", "包括", "其中", "入选", "获批", "获评", "列入", "开展", "举办", "参加", "参与",
  "加强", "完善", "构建", "形成", "提升", "新增", "累计", "新建", "出台", "印发", "发布", "了", "把", "让", "以", "从",
  "到", "被", "给", "同", "还", "也", "都", "又", "并", "先后", "分别", "首个", "首家", "一批", "一个", "正式", "启动",
  "对标", "学习", "借鉴", "赴", "前",
  "着力", "大力", "持续", "不断", "进一步", "谋划", "探索", "创建", "发起", "落地", "承办", "主办", "服务", "助力", "带动",
  "领衔", "值得", "参考", "相较", "援建", "建立", "开出", "居", "争取", "建成", "发力", "重组", "跻身", "牵手", "鼓励", "树立", "增强", "突出", "确保", "加大", "促成", "落实", "招引", "具备", "坚持", "优化", "注重", "打破", "撬动", "锻造", "谱写", "提供", "完成", "达到", "即", "凝聚", "上榜企业", "龙头企业", "因", "瞄准", "争创", "首创", "这一", "正", "举", "新一轮", "面向", "协同", "联动", "签订", "达成", "举行", "召开", "揭牌", "挂牌", "评为", "认定", "授予", "荣获", "获得",
  "该行", "该院", "该所", "该局", "该中心", "该公司", "该集团", "该基地", "该平台", "本行",
  "编制", "制定", "出资", "发挥", "做强", "做大", "壮大", "加入", "深入", "开启", "亮相", "包含", "涵盖", "覆盖",
];

/**
 * Event names hold verbs (推进大会, 建设大会, 双向对接会), so an event walks left past the ordinary
 * stops and ends only at particles, prepositions and the verbs that hold or attend an event.
 */
export const EVENT_STOPS: readonly string[] = [
  "召开", "举办", "举行", "主办", "承办", "参加", "出席", "亮相", "开展", "的", "在", "于", "是", "为", "了", "和", "及",
  "等", "由", "将", "已", "从", "到", "被", "把", "以", "至",
];

/** Compounds that contain a hard-stop word yet sit inside names (宁波市天使投资引导基金). */
export const PROTECTED: readonly string[] = [
  "天使投资", "创业投资", "风险投资", "股权投资", "产业投资", "投资管理", "投资控股", "投资发展", "投资集团", "投资基金",
  "投资母基金", "孵化器", "孵化基地", "孵化中心", "联合实验室", "联合研究院", "联合创新中心", "联合基金", "联合体",
  "研究所", "所属", "工程", "产学研", "建设项目", "建设领导小组", "服务业", "服务平台", "中心", "上海", "为民", "合作局",
  "支援", "与可靠性", "与工程", "与人形", "与区域", "和智能", "和区域", "和信息化", "对口", "集聚发展", "国有",
];

/** Modifiers trimmed from the left of a name (dates, deictics, counts). */
export const LEADING_MODIFIERS: readonly RegExp[] = [
  /^\d{4}年(\d{1,2}月)?(\d{1,2}日)?/,
  /^(一系列|近日|日前|今年|去年|我市|全市|全省|全国|本市|首批|首家|一批|多家|其|新(?![型材能兴时])|原|现|经)/,
  /^[0-9一二三四五六七八九十百千两几多]+(家|个|项|批|所|座|只|支|期|类|轮|场|次|届)/,
];

/** Names (or heads before the suffix) that are generic words, never a particular organisation. */
export const GENERIC: ReadonlySet<string> = new Set([
  "该", "本", "我", "其", "各", "相关", "一批", "重点", "合作", "这些", "研发", "科技", "企业", "国家", "地方", "全", "城",
  "超", "开", "门", "都", "省", "地", "县", "各级", "新型", "重大", "高", "创新", "高科技", "科研", "产业", "工业", "数字",
  "专项", "配套", "管理", "服务", "公共", "技术", "金融", "科技金融", "研究", "制造业", "示范", "先行", "试点", "综合",
  "全链式", "市", "区", "中", "城市", "社区", "园", "人工", "未来", "景区", "街区", "辖区", "新区", "老城", "山区", "库区", "片区", "校区", "厂区", "矿区", "灾区", "湾区", "小", "大", "高校", "院所", "中小", "战略", "发展", "改革", "分", "子",
  "这", "那", "此", "每", "某", "多", "少", "同", "总", "副", "全市", "全省", "地市", "省市", "市县", "区县", "县市", "国家级", "省级", "市级", "上市", "世界一流", "一流",
]);

/** Characters that may appear inside a name (Han, ascii letters and digits, quotes and brackets, a few marks). */
export const NAME_CHAR = /[\u3400-\u9fffA-Za-z0-9“”"（）()+·&]/;

/** Endings that make a suffix match an ordinary word (布局, 全市). */
export const GENERIC_ENDINGS: readonly string[] = ["布局", "格局", "大局", "开局", "当局", "全市", "全省", "全区", "全县", "全国", "本市", "我市", "城市", "城区", "市场", "变局", "全局",
  "大市", "强市", "立市", "之市", "设区市", "深水区", "示范市", "周边地区", "相关地区", "支援地区", "贫困地区", "发达地区", "沿海地区", "化市", "化省"];

/** A count before a name ends it on the left (两大国家级…集群, 8大类…项目, 3家省级…中心). */
export const COUNTER_BEFORE = /[0-9０-９一二三四五六七八九十百千两几多]+(大类|大|家|个|项|批|所|座|类|条|支)$/;

/**
 * Programme names with a common-word suffix (项目, 模式, 机制, 集群) are proper names only when marked:
 * quoted or numbered (“361”万亿级产业集群), or owned by a jurisdiction (国家级…, 宁波…) and not
 * opening with an evaluative word (重大, 重点, 先进; 国家重大… too) that makes them a description.
 */
export const WEAK_MARK = /[“"”0-9A-Za-z]/;
export const JURISDICTION_HEAD = /^(国家级?|省级?|市级?|全国|中国|浙江|宁波|[\u4e00-\u9fff]{1,3}[省市县区])/;
export const DESCRIPTIVE_HEAD = /^((国家级?|省级?|市级?|全国|中国)?(重大|重点)|一流|世界级|世界一流|高能级|传统|先进|新型|新|大型|一批|最大|标志性|优势)/;
