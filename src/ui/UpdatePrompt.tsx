// Registers the offline service worker (built by vite-plugin-pwa) and, when a new build or corpus has
// been deployed and downloaded, offers to reload into it. Nothing reloads without the person's click.

import { registerSW } from 'virtual:pwa-register';
import { useEffect, useState } from 'react';

export function UpdatePrompt() {
  const [update, setUpdate] = useState<((reload?: boolean) => Promise<void>) | null>(null);
  useEffect(function register() {
    if (!('serviceWorker' in navigator)) return;
    const updateSW = registerSW({
      immediate: true,
      onNeedRefresh() {
        setUpdate(() => updateSW);
      },
    });
  }, []);
  if (!update) return null;
  return (
    <div
      className="dl-notice dl-notice--info dl-notice--top dl-consent"
      role="alertdialog"
      aria-label="Update available"
    >
      <span>A new version of Dateline or its data is available.</span>
      <span className="dl-consent__actions">
        <button type="button" onClick={() => void update(true)}>
          Reload
        </button>
        <button type="button" onClick={() => setUpdate(null)}>
          Later
        </button>
      </span>
    </div>
  );
}
