// Latest request wins: while the worker computes one view, newer requests replace each other, and an
// answer made stale by a newer request is dropped instead of drawn.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueryMessage } from '../../src/load/corpus-messages';
import { workerQuerier } from '../../src/load/view-querier';
import { frames } from './frames';

/** A stand-in for the worker's message port: records what the page posts, answers when told. */
function fakeWorker() {
  const sent: QueryMessage[] = [];
  const port = {
    postMessage: (message: QueryMessage) => sent.push(message),
    onmessage: null as ((e: MessageEvent) => void) | null,
  };
  const answer = (message: QueryMessage, value: unknown) =>
    port.onmessage?.({ data: { type: message.type, id: message.id, answer: value } } as MessageEvent);
  return { port, sent, answer };
}

const request = (text: string) => ({
  query: { from: null, to: null, topics: null, actors: [], outlets: [], text },
  topics: null,
  points: true,
  areas: true,
});

const histogramRequest = (text: string) => ({
  query: request(text).query,
  from: 0,
  to: 10,
  unit: 'day' as const,
});

describe('workerQuerier', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('keeps one view request out, sends only the newest waiting one, and drops stale answers', () => {
    const { port, sent, answer } = fakeWorker();
    const querier = workerQuerier(port as unknown as Worker);
    const got: string[] = [];
    for (const text of ['a', 'b', 'c']) querier.view(request(text), () => got.push(text));
    expect(sent.map((m) => (m.request as { query: { text: string } }).query.text)).toEqual(['a']);
    answer(sent[0] as QueryMessage, {});
    // "a" is stale (c is waiting): it is not drawn; "b" was replaced by "c" before it was sent.
    expect(got).toEqual([]);
    expect(sent.map((m) => (m.request as { query: { text: string } }).query.text)).toEqual(['a', 'c']);
    answer(sent[1] as QueryMessage, {});
    expect(got).toEqual(['c']);
  });

  it('answers views and histograms on their own channels, and ignores answers to no request', async () => {
    const { port, sent, answer } = fakeWorker();
    const querier = workerQuerier(port as unknown as Worker);
    const got: string[] = [];
    querier.histogram(histogramRequest('h'), () => got.push('histogram'));
    await Promise.resolve();
    querier.view(request('v'), () => got.push('view'));
    expect(sent.map((m) => m.type)).toEqual(['histogram', 'view']);
    answer({ ...(sent[0] as QueryMessage), id: 99 }, {});
    expect(got).toEqual([]);
    answer(sent[1] as QueryMessage, {});
    answer(sent[0] as QueryMessage, {});
    expect(got).toEqual(['view', 'histogram']);
  });

  // The filter → redraw waited for the worker's histogram: a filter change asks both (the timeline's
  // histogram first, as child effects run before the app's), and the worker answers in order; and the
  // histogram's answer, coming with the view's, was rendered and painted in the view's frame.
  it('sends a histogram asked with a view only once the view is answered and on screen', async () => {
    vi.useFakeTimers();
    const browser = frames();
    const { port, sent, answer } = fakeWorker();
    const querier = workerQuerier(port as unknown as Worker);
    const got: string[] = [];
    querier.histogram(histogramRequest('h'), () => got.push('histogram'));
    querier.view(request('v'), () => got.push('view'));
    await Promise.resolve();
    expect(sent.map((m) => m.type)).toEqual(['view']);
    // A newer view while the first is out: the histogram still waits, behind both.
    querier.view(request('w'), () => got.push('view w'));
    answer(sent[0] as QueryMessage, {});
    expect(sent.map((m) => m.type)).toEqual(['view', 'view']);
    answer(sent[1] as QueryMessage, {});
    expect(got).toEqual(['view w']);
    vi.runAllTimers();
    await Promise.resolve();
    expect(sent.map((m) => m.type)).toEqual(['view', 'view']);
    // The frame with the count and list, then the one with the map's canvases.
    browser.paint();
    vi.runAllTimers();
    expect(sent.map((m) => m.type)).toEqual(['view', 'view']);
    browser.paint();
    expect(sent.map((m) => m.type)).toEqual(['view', 'view']);
    vi.runAllTimers();
    expect(sent.map((m) => m.type)).toEqual(['view', 'view', 'histogram']);
    answer(sent[2] as QueryMessage, {});
    expect(got).toEqual(['view w', 'histogram']);
  });

  it('sends a histogram asked alone at once, and only the newest of several', async () => {
    const { port, sent, answer } = fakeWorker();
    const querier = workerQuerier(port as unknown as Worker);
    const got: string[] = [];
    for (const text of ['a', 'b']) querier.histogram(histogramRequest(text), () => got.push(text));
    await Promise.resolve();
    expect(sent.map((m) => (m.request as { query: { text: string } }).query.text)).toEqual(['b']);
    querier.histogram(histogramRequest('c'), () => got.push('c'));
    await Promise.resolve();
    answer(sent[0] as QueryMessage, {});
    expect(got).toEqual([]);
    answer(sent[1] as QueryMessage, {});
    expect(got).toEqual(['c']);
  });
});
