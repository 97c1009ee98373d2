// @ts-check
/**
 * Holds Next.js's framework scripts (about 140 KB) back until the page has shown its lead photo.
 *
 * A prerendered page asks for its scripts from <head>, so on a slow phone connection they share the
 * line with the stylesheet, fonts and lead photo, and their evaluation can run before the photo is on
 * screen. Every page here is readable without JavaScript (plain links, no-JS share links); the only
 * island is the share button. So the scripts start after the window's load event and the lead photo's
 * Largest Contentful Paint, or at once when the reader taps or types before then. Same scripts, same
 * order of work, later start: hydration follows the content instead of competing with it.
 *
 * The origin (server/page-finish.mjs) applies this to every page before it hashes the inline scripts for
 * the page's CSP, so the loader below is allowed by hash and the scripts it adds by 'self'.
 */

const ASYNC_SCRIPT = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)" async=""><\/script>/g;
/** Polyfills for browsers without ES modules: those read the page without JavaScript instead. */
const NO_MODULE_SCRIPT = /<script src="\/_next\/static\/chunks\/[^"]+\.js" noModule=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="(\/_next\/static\/chunks\/[^"]+\.js)"\/>/g;

/**
 * The inline loader. `scripts` are added as async scripts, `preloads` as low-priority preloads, once:
 * after `load` and, when the page has a lead image (fetchpriority="high"), after the browser reports
 * it as the Largest Contentful Paint; after the next frame where it cannot tell; on the first tap or
 * key press; and three seconds after load at the latest (a background tab reports no paint).
 */
/**
 * @param {readonly string[]} scripts
 * @param {readonly string[]} preloads
 * @returns {string}
 */
export function loaderScript(scripts, preloads) {
  // Written small by hand: it is in every page. `started`, `loaded`, `painted`; `add` appends to <head>;
  // P is PerformanceObserver, where the browser has it.
  return (
    `(()=>{const d=document,s=${JSON.stringify(scripts)},p=${JSON.stringify(preloads)};` +
    `let started=0,loaded=0,painted=!d.querySelector("img[fetchpriority=high]");` +
    `const add=(t,o)=>d.head.append(Object.assign(d.createElement(t),o)),` +
    `start=()=>{if(started)return;started=1;for(const h of p)add("link",{rel:"preload",as:"script",href:h,fetchPriority:"low"});for(const h of s)add("script",{src:h,async:!0})},` +
    `ready=()=>{loaded&&painted&&setTimeout(start)};` +
    `const P=self.PerformanceObserver;P?.supportedEntryTypes?.includes("largest-contentful-paint")?new P(l=>{l.getEntries().some(e=>e.element?.tagName=="IMG")&&(painted=1);ready()}).observe({type:"largest-contentful-paint",buffered:!0}):painted=1;` +
    `const onLoad=()=>{loaded=1;requestAnimationFrame(()=>setTimeout(ready));setTimeout(start,3e3)};` +
    `d.readyState=="complete"?onLoad():addEventListener("load",onLoad,{once:!0});` +
    `for(const t of["pointerdown","keydown"])addEventListener(t,start,{once:!0,capture:!0})})()`
  );
}

/**
 * The page with its framework scripts moved into the loader (and the legacy-browser polyfills dropped:
 * a browser without ES modules reads the page without JavaScript, as every page allows); unchanged if
 * it has no framework scripts.
 * @param {string} html
 * @returns {string}
 */
export function deferFrameworkScripts(html) {
  const scripts = [...html.matchAll(ASYNC_SCRIPT)].map((match) => match[1] ?? "");
  if (scripts.length === 0 || !html.includes("</body>")) return html;
  const preloads = [...html.matchAll(SCRIPT_PRELOAD)].map((match) => match[1] ?? "");
  const stripped = html.replace(ASYNC_SCRIPT, "").replace(SCRIPT_PRELOAD, "").replace(NO_MODULE_SCRIPT, "");
  const at = stripped.lastIndexOf("</body>");
  return `${stripped.slice(0, at)}<script>${loaderScript(scripts, preloads)}</script>${stripped.slice(at)}`;
}
