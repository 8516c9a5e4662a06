// The whole command on Readability's side, the counterpart of `attache clean --format jsonl`:
// runs Mozilla Readability over the HTML files named on the command line, one after another, and
// writes one JSON object a line (title, byline, site, excerpt, text, HTML) to stdout. Timed from
// outside as a whole process (node start-up and module loading included), as attache is.
const fs = require("fs");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const quiet = new VirtualConsole();
const out = [];
for (const file of process.argv.slice(2)) {
  const dom = new JSDOM(fs.readFileSync(file, "utf8"), { virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  out.push(JSON.stringify(article ? {
    path: file, title: article.title, byline: article.byline, site: article.siteName, excerpt: article.excerpt,
    published: article.publishedTime, text: article.textContent, html: article.content,
  } : { path: file, error: "no article" }));
  if (out.length >= 16)
    fs.writeSync(1, out.splice(0).join("\n") + "\n");
}
if (out.length)
  fs.writeSync(1, out.join("\n") + "\n");
