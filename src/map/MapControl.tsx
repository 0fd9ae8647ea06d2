// A Leaflet control whose content is rendered by React (portal), so it is escaped and accessible.
import { Control, type ControlPosition, DomEvent, DomUtil } from 'leaflet';
import { type ReactNode, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';

export function MapControl({
  position,
  className,
  children,
}: {
  position: ControlPosition;
  className?: string;
  children: ReactNode;
}) {
  const map = useMap();
  const [container, setContainer] = useState<HTMLElement | null>(null);
  useEffect(
    function addControl() {
      const control = new Control({ position });
      control.onAdd = () => {
        const div = DomUtil.create('div', `leaflet-bar dl-control ${className ?? ''}`);
        DomEvent.disableClickPropagation(div);
        DomEvent.disableScrollPropagation(div);
        return div;
      };
      control.addTo(map);
      setContainer(control.getContainer() ?? null);
      return function removeControl() {
        control.remove();
      };
    },
    [map, position, className],
  );
  return container ? createPortal(children, container) : null;
}
