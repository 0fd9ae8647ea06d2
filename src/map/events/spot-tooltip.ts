// The hover tooltip of the spot under the pointer: shown, moved and hidden as the pointer goes, and
// written again when what it says changes under a still pointer (its events' titles came in). Above
// the spot, unless that would cut it at the map's edge: then beside or below it.
import { type Map as LeafletMap, tooltip as leafletTooltip } from 'leaflet';
import type { Spot } from '../../core/aggregate';
import { SPOT_OFFSETS, turnTooltip } from '../edge-tooltip';
import { textElement } from '../text-element';

export class SpotTooltip {
  private readonly tip = leafletTooltip({
    direction: 'top',
    className: 'dl-tooltip dl-tooltip--lines',
    offset: [0, -8],
  });
  private shown: { readonly spot: Spot; readonly at: readonly number[]; text: string } | null = null;

  constructor(
    private readonly map: LeafletMap,
    /** The tooltip's text for a spot and the positions of its events. */
    private readonly textOf: (spot: Spot, at: readonly number[]) => string,
  ) {}

  show(spot: Spot, at: readonly number[]): void {
    const text = this.textOf(spot, at);
    this.shown = { spot, at, text };
    this.tip.setLatLng([spot.lat, spot.lon]).setContent(textElement(text));
    if (!this.map.hasLayer(this.tip)) this.tip.addTo(this.map);
    this.place(spot);
  }

  /** Turns the tooltip to where it fits whole, now that its size is known. */
  private place(spot: Spot): void {
    turnTooltip(this.map, this.tip, this.map.latLngToContainerPoint([spot.lat, spot.lon]), SPOT_OFFSETS);
  }

  hide(): void {
    this.shown = null;
    this.tip.remove();
  }

  /** Writes the shown tooltip's text again if it has changed; nothing when none is shown. */
  refresh(): void {
    const shown = this.shown;
    if (!shown) return;
    const text = this.textOf(shown.spot, shown.at);
    if (text === shown.text) return;
    shown.text = text;
    this.tip.setContent(textElement(text));
    this.place(shown.spot);
  }
}
