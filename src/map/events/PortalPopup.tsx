// A Leaflet popup whose content React renders through a portal (escaped, accessible). Closing it
// (close button, Escape, a click elsewhere on the map) calls onClose; unmounting it does not.
import { type LatLngExpression, latLng, popup as leafletPopup, type Popup } from 'leaflet';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { popupFit } from './popup-insets';

/** Widest popup content on a large map (px). */
const MAX_WIDTH = 360;
const MIN_WIDTH = 220;

export interface PortalPopupProps {
  readonly position: LatLngExpression;
  readonly className?: string;
  /** Pan the map so the popup is in view when it opens. */
  readonly autoPan?: boolean;
  onClose(): void;
  readonly children: ReactNode;
}

export function PortalPopup({ position, className, autoPan = true, onClose, children }: PortalPopupProps) {
  const map = useMap();
  const [content, setContent] = useState<HTMLElement | null>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const popupRef = useRef<Popup | null>(null);
  // Callers pass fresh arrays; only a change of place reopens the popup.
  const { lat, lng } = latLng(position);

  useEffect(
    function openPopup() {
      const div = document.createElement('div');
      div.className = 'dl-popup-content';
      // React listens on the portal node and may unmount the clicked button before the click
      // bubbles on; Leaflet would then see a detached target, take it for a map click and close
      // the popup that click just opened. Clicks inside the content are never map clicks.
      div.addEventListener('click', (e) => e.stopPropagation());
      // Sized and panned to fit between the map's controls, so a phone shows all of it and no
      // control covers its close button.
      const fit = popupFit(map, MAX_WIDTH);
      const popup = leafletPopup({
        className: `dl-popup ${className ?? ''}`,
        maxWidth: fit.maxWidth,
        minWidth: Math.min(MIN_WIDTH, fit.maxWidth),
        ...(fit.maxHeight === undefined ? {} : { maxHeight: fit.maxHeight }),
        autoPan,
        autoPanPaddingTopLeft: fit.paddingTopLeft,
        autoPanPaddingBottomRight: fit.paddingBottomRight,
        closeOnEscapeKey: true,
      })
        .setLatLng([lat, lng])
        .setContent(div);
      let unmounting = false;
      popup.on('remove', () => {
        if (!unmounting) onCloseRef.current();
      });
      function closeOnEscape(e: KeyboardEvent) {
        // Escape inside a dialog (e.g. Share) closes that dialog, not the popup under it.
        const inDialog = e.target instanceof Element && e.target.closest('dialog') !== null;
        if (e.key !== 'Escape' || e.defaultPrevented || inDialog) return;
        // Handled: the details beside the map (listening on window, after this) stay open.
        e.preventDefault();
        popup.close();
      }
      document.addEventListener('keydown', closeOnEscape);
      popup.openOn(map);
      popupRef.current = popup;
      setContent(div);
      return function closePopup() {
        unmounting = true;
        document.removeEventListener('keydown', closeOnEscape);
        popup.remove();
        popupRef.current = null;
        setContent(null);
      };
    },
    [map, lat, lng, className, autoPan],
  );

  useEffect(
    // Content rendered after opening changes the popup's size: re-lay it out (and re-pan). Only
    // then — a ResizeObserver reports a size change, and once when it starts: Leaflet's update()
    // takes the content out of the page and puts it back, and a click whose press and release
    // straddle that is lost (a re-render on every hover did that to 1 click in 5 on a busy machine).
    function layoutOnResize() {
      if (!content) return;
      const observer = new ResizeObserver(() => popupRef.current?.update());
      observer.observe(content);
      return () => observer.disconnect();
    },
    [content],
  );

  return content ? createPortal(children, content) : null;
}
