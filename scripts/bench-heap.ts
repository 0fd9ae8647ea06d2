// The page's used JS heap (MB) through the DevTools protocol, for the browser benchmarks' peak heap.
import type { CDPSession } from 'playwright-core';

export async function heapMb(session: CDPSession): Promise<number> {
  const { metrics } = await session.send('Performance.getMetrics');
  return (metrics.find((m: { name: string }) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
}
