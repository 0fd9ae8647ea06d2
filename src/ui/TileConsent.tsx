// A link may switch the OpenStreetMap tile layer on, but the page only contacts that host after the
// person's own click: here, or on the switch in the Layers control.
export const TILE_HOST = 'tile.openstreetmap.org';

export function TileConsent({ onAllow, onDecline }: { onAllow: () => void; onDecline: () => void }) {
  return (
    <div
      className="dl-notice dl-notice--info dl-notice--top dl-consent"
      role="alertdialog"
      aria-label="Load map tiles?"
    >
      <span>
        This link shows map tiles from {TILE_HOST}. Loading them contacts that host; Dateline works without
        them. Load map tiles from {TILE_HOST}?
      </span>
      <span className="dl-consent__actions">
        <button type="button" onClick={onAllow}>
          Load tiles
        </button>
        <button type="button" onClick={onDecline}>
          Stay offline
        </button>
      </span>
    </div>
  );
}
