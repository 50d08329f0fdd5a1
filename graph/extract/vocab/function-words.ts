// General Chinese words that open a clause in report prose but never begin a
// name: action verbs of policy language, adverbs of degree and manner,
// prepositions, conjunctions, collective subjects. Used to trim the left edge of
// candidate names whose right edge a suffix has fixed.

const LEADING_VERBS = `
加快 推进 加快推进 推动 大力推动 建设 加快建设 实施 深入实施 打造 培育 引进 围绕 依托 发展 大力发展 加快发展
做强 做大 做优 做精 壮大 延伸 拓展 拓宽 提升 提高 促进 加强 强化 深化 优化 完善 健全 落实 启动 开工 竣工 投产
建成 完成 开展 组织 举办 承办 召开 出台 制定 印发 发布 编制 谋划 布局 争取 申报 创建 创成 获批 获评 入选 认定
推进实施 组织实施 全面实施 扎实推进 稳步推进 持续推进 有序推进 加速 加紧 抓好 抓实 抓住 聚焦 瞄准 突出 坚持
支持 鼓励 引导 带动 保障 保持 形成 构建 建立 设立 成立 新建 新增 扩建 改建 续建 在建 规划 筹建 招引 签约
落地 投用 运营 推广 扩大 巩固 用好 办好 建好 管好 培养 吸引 承接 对接 融入 参与 探索
实现 达到 突破 力争 确保 着力 致力 全力 全力打造 倾力 努力 着眼 立足 依靠 借助 利用 通过 按照 根据 结合 对标
包括 涵盖 涉及 拥有 具有 建有 新上 上马 引入 集聚 聚集 承载 推出 开通 贯通 打通 连通 带头 牵头 负责 主导
打赢 打好 打响 学习 运用 借鉴 涌入 走进 来到 参观 游览 前往 打卡 入驻 落户 进驻 走访 考察 调研 位于 要 需要 应 应当 必须 能 能够 可 可以 会 成为 作为 是 有 为 将 把 被 让 使 向 从 于 由 给 跟 同 当 据 随着 经过 关于 对于 至于 为了 以及 或者 还是 并且 而且 现将 特将 现就 特此
`;

const ADVERBS = `
积极 持续 大力 全面 加快 不断 进一步 切实 扎实 稳步 深入 有序 重点 主动 着力 努力 继续 同时 已 已经 正在 正 将
也 还 又 再 均 都 共 总 全 更 最 较 很 均已 相继 先后 陆续 逐步 率先 首次 首批 全力 倾力 合力 协力
`;

const FUNCTION_WORDS = `
以 用 在 对 和 与 及 了 的 之 等 并 或 而 跟 同 向 至 到 从 自 按 就 把 被 由 为 即 其 该 此 这 那 各 每 本 我 我们 我市 我省
我县 我区 全市 全省 全县 全区 全国 全 本市 本省 本县 本区 其中 其他 以及 一批 一系列 一些 一个 一大批 多个
若干 部分 有关 相关 重大 重要 主要 一 二 两 三 四 五 六 七 八 九 十 个 项 家 座 条 批 所 处 类 种 年 月 日
`;

function words(block: string): Set<string> {
  return new Set(block.split(/\s+/).filter((w) => w.length > 0));
}

/** Words to move past at the left edge of a candidate name. */
export const LEAD_WORDS: ReadonlySet<string> = new Set([...words(LEADING_VERBS), ...words(ADVERBS), ...words(FUNCTION_WORDS)]);

// Verbs that take a whole name as object: a candidate never runs across one,
// so the name starts after the last of them even mid-span (中小企业实施X → X).
const CLAUSE_VERBS = `
实施 推进 加快推进 打造 培育 引进 围绕 依托 推动 加快 建成 开工 竣工 投产 落地 签约 启动 举办 承办 争取 申报 获批
创建 入选 认定 落户 入驻 位于 坐落 地处 打好 打赢 打响 共建 合作共建 发展壮大 高举 用好 锚定 瞄准 引领 赋能 驱动 出台 制定 印发 发布 落实 深化 聚焦 坚持 支持 鼓励 做强 做大 壮大 引育 招引 加强 强化 完善 构建 融入
`;

/** Verbs after which a name starts, wherever they stand in a candidate span. */
export const CLAUSE_VERB_WORDS: ReadonlySet<string> = words(CLAUSE_VERBS);

/** Words that close an enumeration and belong to no name. */
export const TRAIL_WORDS: readonly string[] = ['等等', '等'];
