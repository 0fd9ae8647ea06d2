// A selected event closes when a filter change hides it: the details of an event the map no
// longer shows would be stale. Only a change of the visible set acts, so a shared link whose
// selected event lies outside its own filters still opens as sent.
import { useEffect, useRef } from 'react';
import { preparedAggregation } from '../core/aggregate';
import type { CorpusModel } from '../core/model';

/** True when the event with `id` is at one of `positions` (into model.index.events). */
export function isEventShown(model: CorpusModel, positions: Int32Array, id: string): boolean {
  // By position, not by reading each event: the events may be read from their text (lazy-events.ts).
  const position = preparedAggregation(model).positionOf.get(id);
  return position !== undefined && positions.includes(position);
}

export function useDropHiddenSelection(
  model: CorpusModel | null,
  positions: Int32Array,
  selectedId: string | null,
  onClear: () => void,
): void {
  const seen = useRef<Int32Array | null>(null);
  useEffect(
    function dropHiddenSelection() {
      const before = seen.current;
      // No model yet (or its first visible set not in yet): the first set that comes is the link's own.
      seen.current = model ? positions : null;
      if (!model || before === null || before === positions || selectedId === null) return;
      if (!isEventShown(model, positions, selectedId)) onClear();
    },
    [model, positions, selectedId, onClear],
  );
}
