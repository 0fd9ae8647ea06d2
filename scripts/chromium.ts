// The one place that says how to start Chromium here: Debian's package (or $CHROMIUM_PATH), with the
// flags a machine without internet needs (no background networking, no QUIC, no component updates).
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}
