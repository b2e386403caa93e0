// Playwright cannot download its browser on our machines; it drives Debian's
// chromium instead. Installed on demand when running as root.
import { existsSync } from "node:fs";
import { run } from "./setup.mjs";

export function ensureChromium() {
  const wanted = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(wanted)) return wanted;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH points at ${wanted}, which does not exist.`);
  }
  if (process.getuid?.() !== 0) {
    throw new Error(
      "Chromium is not installed at /usr/bin/chromium. Install Debian's chromium package " +
        "(apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  }
  console.log("Installing Debian's chromium for the browser tests…");
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "chromium"], { env: { DEBIAN_FRONTEND: "noninteractive" } });
  return wanted;
}
