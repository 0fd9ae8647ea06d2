// The timeline's histogram and future-event markers for a span and a bin unit: asked of the corpus
// worker when there is one (it holds the index and the undated set), counted here otherwise.
import { useEffect, useMemo, useState } from 'react';
import type { EventQuery } from '../core/index/query';
import type { CorpusModel } from '../core/model';
import { type BinUnit, binEdges, buildHistogram, findFutureMarkers } from '../core/timeline';
import type { HistogramAnswer } from '../core/view-query';
import { querierOf } from '../load/view-querier';

/** Bins with nothing in them (buildHistogram would first read every event's facts). */
function emptyHistogram(topics: number, from: number, to: number, unit: BinUnit): HistogramAnswer {
  const edges = binEdges(from, to, unit);
  const bins = edges.length - 1;
  const zeros = new Float64Array(bins);
  return {
    histogram: {
      edges,
      unit,
      topics,
      counts: new Float64Array(bins * topics),
      totals: zeros,
      imprecise: zeros,
    },
    markers: [],
  };
}

export function useHistogram(
  model: CorpusModel,
  /** The undated positions (used when there is no worker). */
  positions: Int32Array,
  /** The filters they came from (what the worker is asked); null: count `positions` here. */
  query: EventQuery | null,
  from: number,
  to: number,
  unit: BinUnit,
): HistogramAnswer {
  const { index } = model;
  const querier = query ? querierOf(model) : null;
  const key = query && JSON.stringify(query);
  const [answer, setAnswer] = useState<{
    readonly model: CorpusModel;
    readonly value: HistogramAnswer;
  } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `query`, whose identity changes every render.
  useEffect(
    function ask() {
      if (!querier || !query) return;
      let live = true;
      querier.histogram({ query, from, to, unit }, (value) => {
        if (live) setAnswer({ model, value });
      });
      return function drop() {
        live = false;
      };
    },
    [querier, model, key, from, to, unit],
  );
  const local = useMemo(() => {
    if (querier) return null;
    const histogram = buildHistogram(index, positions, from, to, unit);
    return { histogram, markers: findFutureMarkers(index, positions, histogram.edges) };
  }, [querier, index, positions, from, to, unit]);
  // Empty bins until the worker's first answer for this model (then its last answer, until the next).
  const empty = useMemo(
    () => (querier ? emptyHistogram(index.topicIds.length, from, to, unit) : null),
    [querier, index, from, to, unit],
  );
  if (local) return local;
  return answer && answer.model === model ? answer.value : (empty as HistogramAnswer);
}
