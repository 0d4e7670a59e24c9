// Preloaded into a freshly started server (node --expose-gc --import …): on request, collect garbage
// twice and report the process's resident memory, so idle memory is measured after GC, not before.
process.on('message', (message) => {
  if (message !== 'idle-memory') return;
  globalThis.gc?.();
  setTimeout(() => {
    globalThis.gc?.();
    process.send?.({ rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed });
  }, 200);
});
process.channel?.unref();
