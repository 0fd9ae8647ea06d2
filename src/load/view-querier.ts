// The page's side of the worker's queries: asks the corpus worker (which holds the index) for a view
// or a histogram and hands back its answer. Latest request wins: while one request of a kind is out,
// newer ones replace each other, and an answer that a newer request has made stale is dropped, so fast
// filter changes never queue up behind each other. A view goes before a histogram: the count, list and map
// wait on the view, while the timeline can take its bars a moment later. A histogram asked in the same
// moment as a view (one filter change asks both) is sent once no view is out or waiting and the view's
// answer is on screen (two paints: the frame with the count and list, then the one with the map's
// canvases, drawn in effects after the first): the worker answers one message at a time and would make
// the view wait for the histogram, and the histogram's answer, rendered and painted in those frames,
// would hold them back. Without a worker (jsdom) there is no querier and the app computes in place.
import type { HistogramAnswer, HistogramRequest, ViewAnswer, ViewRequest } from '../core/view-query';
import { afterNextPaint } from './after-paint';
import type { QueryMessage, WorkerMessage } from './corpus-messages';

export interface ViewQuerier {
  view(request: ViewRequest, onAnswer: (answer: ViewAnswer) => void): void;
  histogram(request: HistogramRequest, onAnswer: (answer: HistogramAnswer) => void): void;
}

type Kind = QueryMessage['type'];

interface Pending {
  readonly request: unknown;
  readonly onAnswer: (answer: never) => void;
}

/** One kind of request: at most one out, and the newest one waiting behind it. */
interface Channel {
  out: { readonly id: number; readonly onAnswer: (answer: never) => void } | null;
  next: Pending | null;
}

/** Paints that show a view's answer: the DOM's, then the map's canvases drawn in effects after it. */
const VIEW_PAINTS = 2;

export function workerQuerier(worker: Worker): ViewQuerier {
  let lastId = 0;
  const channels: Record<Kind, Channel> = {
    view: { out: null, next: null },
    histogram: { out: null, next: null },
  };
  function send(kind: Kind, pending: Pending): void {
    const id = ++lastId;
    channels[kind].out = { id, onAnswer: pending.onAnswer };
    worker.postMessage({ type: kind, id, request: pending.request } as QueryMessage);
  }
  /** True from a view's answer until the frames that show it are painted. */
  let painting = false;
  /** Sends the waiting histogram request once no view is out, waiting or being painted. */
  function sendHistogram(): void {
    const { view, histogram } = channels;
    if (painting || view.out || view.next || histogram.out || !histogram.next) return;
    const next = histogram.next;
    histogram.next = null;
    send('histogram', next);
  }
  const afterViewPainted = afterNextPaint(() => {
    painting = false;
    sendHistogram();
  }, VIEW_PAINTS);
  function ask(kind: Kind, pending: Pending): void {
    const channel = channels[kind];
    if (kind === 'histogram') {
      channel.next = pending;
      // After the current task's other requests: a view asked by the same change goes first.
      queueMicrotask(sendHistogram);
    } else if (channel.out) channel.next = pending;
    else send(kind, pending);
  }
  worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
    const message = e.data;
    if (message.type !== 'view' && message.type !== 'histogram') return;
    const channel = channels[message.type];
    if (channel.out?.id !== message.id) return;
    const { onAnswer } = channel.out;
    channel.out = null;
    const next = channel.next;
    // A newer request is waiting: this answer is stale, so it goes unused and the newer one is sent.
    if (next && message.type === 'view') {
      channel.next = null;
      send('view', next);
    } else if (!next) {
      (onAnswer as (answer: unknown) => void)(message.answer);
      if (message.type === 'view' && channels.histogram.next) {
        painting = true;
        afterViewPainted.request();
      }
    }
    sendHistogram();
  };
  return {
    view: (request, onAnswer) => ask('view', { request, onAnswer }),
    histogram: (request, onAnswer) => ask('histogram', { request, onAnswer }),
  };
}

const queriers = new WeakMap<object, ViewQuerier>();

/** Files the querier that answers for a model (the worker that built it). */
export function registerQuerier(model: object, querier: ViewQuerier): void {
  queriers.set(model, querier);
}

/** The worker querier of a model; null when the model was built on this thread. */
export function querierOf(model: object | null): ViewQuerier | null {
  return (model && queriers.get(model)) ?? null;
}
