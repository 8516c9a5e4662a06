// Runs Mozilla Readability over the HTML files named on the command line, one after another on
// one core, and prints "pages N seconds S cpu C" (wall and CPU seconds; parse + extract, file
// reading included; node start-up and module loading excluded).
const fs = require("fs");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const files = process.argv.slice(2);
const quiet = new VirtualConsole();
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
let chars = 0;
for (const file of files) {
  const html = fs.readFileSync(file, "utf8");
  const dom = new JSDOM(html, { virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  chars += article && article.textContent ? article.textContent.length : 0;
  dom.window.close();
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`pages ${files.length} seconds ${seconds.toFixed(3)} cpu ${cpuSeconds.toFixed(3)} chars ${chars}`);
