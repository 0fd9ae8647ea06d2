// Says so when the map draws only some of the relations between the visible events (RelationLayer's
// MAX_ARCS), so a missing arc is not taken for a missing relation.
import { MapControl } from '../MapControl';

export interface RelationCapNoteProps {
  readonly shown: number;
  readonly total: number;
}

export function RelationCapNote({ shown, total }: RelationCapNoteProps) {
  return (
    <MapControl position="bottomleft" className="dl-map-note">
      <p>
        Arcs drawn for {shown.toLocaleString('en')} of {total.toLocaleString('en')} relations; narrow the
        filters to see the rest.
      </p>
    </MapControl>
  );
}
