// `npm run bench:variants -- --site tiktok --runs 4 --share 0.1 plain .output-a .output-b …`: what a change
// costs, measured side by side. Each argument is a build folder (holding chrome-mv3/, e.g. from
// `CANDID_OUT_DIR=.output-a npx wxt build`) or `plain` (the same Chromium without an extension); all of
// them scroll the same generated feed in the same rounds (as `npm run bench` does for with/without), and
// the figure per variant is the median over rounds of its difference from the FIRST argument in that round.
// Put `plain` first and once more later: the second one's figure is the noise floor.
// A folder whose name contains "nobadge" or "markonly" is expected to mount no badge (experiment builds).
// `--share` sets the before/after share of the feed. Amplifying it (1 = every post) shows a per-badge
// cost clearly, but is not the benchmark's feed: ten before/after posts in one appended chunk overflow
// the scanner's slice in the site's task, and the rest are drawn in frames of their own.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Site } from '../utils/sites/types';
import { launchWithExtension, launchWithoutExtension, type BenchBrowser } from './bench/browser';
import { feedPage, generatePosts } from './bench/feed';
import { measureRounds } from './bench/feed-cost';
import { median, medianInterval, ROOT } from './bench/others';

const { values: args, positionals: variants } = parseArgs({
  allowPositionals: true,
  options: {
    site: { type: 'string', default: 'tiktok' },
    runs: { type: 'string', default: '4' },
    posts: { type: 'string', default: '500' },
    share: { type: 'string', default: '0.1' },
  },
});
if (variants.length < 2) throw new Error('name at least two variants: build folders or "plain"');
const site = args.site as Site;
const runs = Number(args.runs);
const posts = generatePosts(Number(args.posts), Number(args.share));
const beforeAfter = posts.filter((post) => post.beforeAfter).length;
const html = feedPage(site, posts, { mode: 'infinite' });
const expected = variants.map((name) => (name === 'plain' || /nobadge|markonly/u.test(name) ? 0 : beforeAfter));

const browsers: BenchBrowser[] = [];
for (const name of variants) {
  browsers.push(name === 'plain' ? await launchWithoutExtension() : await launchWithExtension(path.resolve(ROOT, name, 'chrome-mv3')));
}
try {
  const runsOf = await measureRounds(browsers, site, html, expected, runs, (i, round, m) => {
    process.stderr.write(`round ${round + 1}/${runs} ${variants[i]}: task ${m.metrics.TaskDuration.toFixed(0)} ms, script ${m.metrics.ScriptDuration.toFixed(0)} ms, badges ${m.badges}\n`);
  });
  const task = runsOf.map((list) => list.map((run) => run.metrics.TaskDuration));
  const script = runsOf.map((list) => list.map((run) => run.metrics.ScriptDuration));
  const perPost = (ms: number): string => (ms / posts.length).toFixed(3);
  console.log(`${site}, ${posts.length} posts (${beforeAfter} before/after), ${runs} rounds; added = median over rounds of (variant − ${variants[0]})`);
  console.log('| variant | TaskDuration, median ms | added ms (95% interval) | added per post | added script ms |');
  console.log('|---|---:|---:|---:|---:|');
  variants.forEach((name, i) => {
    const added = task[i]!.map((value, r) => value - task[0]![r]!);
    const [low, high] = medianInterval(added);
    const addedScript = median(script[i]!.map((value, r) => value - script[0]![r]!));
    console.log(`| ${name} | ${median(task[i]!).toFixed(0)} | ${median(added).toFixed(0)} (${low.toFixed(0)} to ${high.toFixed(0)}) | ${perPost(median(added))} | ${addedScript.toFixed(0)} |`);
  });
} finally {
  for (const browser of browsers) await browser.close();
}
