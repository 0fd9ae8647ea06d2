// Latest request wins: while the worker computes one view, newer requests replace each other, and an
// answer made stale by a newer request is dropped instead of drawn.
import { describe, expect, it } from 'vitest';
import type { QueryMessage } from '../../src/load/corpus-messages';
import { workerQuerier } from '../../src/load/view-querier';

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

describe('workerQuerier', () => {
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

  it('answers views and histograms on their own channels, and ignores answers to no request', () => {
    const { port, sent, answer } = fakeWorker();
    const querier = workerQuerier(port as unknown as Worker);
    const got: string[] = [];
    querier.view(request('v'), () => got.push('view'));
    querier.histogram({ query: request('h').query, from: 0, to: 10, unit: 'day' }, () =>
      got.push('histogram'),
    );
    expect(sent.map((m) => m.type)).toEqual(['view', 'histogram']);
    answer({ ...(sent[0] as QueryMessage), id: 99 }, {});
    expect(got).toEqual([]);
    answer(sent[1] as QueryMessage, {});
    answer(sent[0] as QueryMessage, {});
    expect(got).toEqual(['histogram', 'view']);
  });
});
