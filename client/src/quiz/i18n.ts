// The quiz's own i18next namespace ("quiz"), registered when the quiz is first loaded so
// the title bundle does not carry it. Keys mirror each other in both languages.
import { addBundle } from "../i18n";

export const quizEn = {
  heading: "Quiz",
  intro: "Questions built by the TCP engine and from the lessons. Keys 1–4 pick an answer, Enter confirms.",
  mixed: "Mixed quiz · {{n}} questions",
  mixedHint: "Weakest concepts and missed questions first",
  summary: "{{mastered}} of {{total}} concepts mastered · {{due}} due for review",
  byConcept: "Quiz on one concept…",
  classSet: "Class set · {{n}} questions to share",
  classHeading: "A class set",
  classHint: "Everyone who opens this link gets the same {{n}} questions, in the same order, with or without a server.",
  takeIt: "Take these questions now",
  progress: "My progress",
  back: "Back",
  conceptsHeading: "Pick a concept",
  conceptButton: "{{title}} · {{percent}}%",
  question: "Question {{i}} of {{n}}",
  score: "Score {{score}}",
  concept: "Concept: {{names}}",
  right: "✓ Right!",
  wrong: "✗ Not quite. The answer is {{n}}.",
  keysHint:
    "Keys 1–4 choose an answer, Enter confirms.\nTab or the arrow keys move, Esc goes back to the quiz menu.\nThe language button switches at any time.",
  next: "Next question",
  finish: "See my score",
  sharedSet: "Shared set {{seed}}",
  ladderHidden: "?",
  resultHeading: "Your score: {{score}} / {{n}}",
  perConcept: "Score per concept",
  conceptRow: "{{title}}: {{right}} / {{asked}}",
  share: "Share these questions: {{link}}",
  copyLink: "Copy the share link",
  copied: "Link copied: the class gets the same questions.",
  copyFailed: "Copy the link from the text above.",
  practiceNoLink: "Practice quizzes follow your own progress. To give a class the same questions, start a class set from the quiz menu.",
  again: "New quiz",
  toQuizMenu: "Quiz menu",
  progressHeading: "Mastery per concept",
  progressHint: "Mastery follows your recent answers; missed questions come back sooner.",
  mastery: "{{percent}}% · {{right}}/{{seen}}",
  never: "not practised yet",
  mastered: "★ mastered",
  reset: "Reset my progress",
  resetConfirm: "Press again to erase your progress",
  resetDone: "Progress erased.",
} as const;

type Shape<T> = { readonly [K in keyof T]: string };

export const quizZh: Shape<typeof quizEn> = {
  heading: "测验",
  intro: "题目由 TCP 引擎和课程内容生成。按 1–4 选择答案，按 Enter 确认。",
  mixed: "综合测验 · {{n}} 题",
  mixedHint: "优先出最薄弱的概念和答错过的题",
  summary: "已掌握 {{mastered}}/{{total}} 个概念 · {{due}} 道题待复习",
  byConcept: "按概念测验…",
  classSet: "班级题组 · 分享同样的 {{n}} 题",
  classHeading: "班级题组",
  classHint: "打开这个链接的每个人都会拿到同样的 {{n}} 道题，顺序也相同，不需要服务器。",
  takeIt: "现在做这组题",
  progress: "我的进度",
  back: "返回",
  conceptsHeading: "选择一个概念",
  conceptButton: "{{title}} · {{percent}}%",
  question: "第 {{i}} 题，共 {{n}} 题",
  score: "得分 {{score}}",
  concept: "概念：{{names}}",
  right: "✓ 回答正确！",
  wrong: "✗ 不对。正确答案是 {{n}}。",
  keysHint: "按 1–4 选择答案，按 Enter 确认。\nTab 或方向键移动，Esc 返回测验菜单。\n语言按钮随时可以切换。",
  next: "下一题",
  finish: "查看得分",
  sharedSet: "共享题组 {{seed}}",
  ladderHidden: "?",
  resultHeading: "你的得分：{{score}} / {{n}}",
  perConcept: "各概念得分",
  conceptRow: "{{title}}：{{right}} / {{asked}}",
  share: "分享这组题目：{{link}}",
  copyLink: "复制分享链接",
  copied: "链接已复制：全班会拿到同样的题目。",
  copyFailed: "请从上方文字中复制链接。",
  practiceNoLink: "练习测验会根据你自己的进度出题。要让全班做同样的题目，请在测验菜单中创建班级题组。",
  again: "新的测验",
  toQuizMenu: "测验菜单",
  progressHeading: "各概念掌握程度",
  progressHint: "掌握程度取决于你最近的回答；答错的题会更快再次出现。",
  mastery: "{{percent}}% · {{right}}/{{seen}}",
  never: "尚未练习",
  mastered: "★ 已掌握",
  reset: "清除我的进度",
  resetConfirm: "再按一次以清除进度",
  resetDone: "进度已清除。",
};

let registered = false;
export function registerQuizBundle(): void {
  if (registered) return;
  registered = true;
  addBundle("quiz", { en: quizEn, zh: quizZh });
}

/** A key of the quiz namespace, for t(). */
export const q = (key: keyof typeof quizEn): string => `quiz:${key}`;
