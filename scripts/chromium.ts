/**
 * The system Chromium used by the browser tests and the benchmark (CI installs it with
 * `apt-get install -y chromium`; Playwright never downloads a browser here), and the flags that
 * work for it headless as root on this kind of machine: without the background-networking
 * flags it keeps trying to reach Google's hosts on a closed network.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
