/**
 * The console's service worker keeps the app shell and built assets on the device, so a reload with
 * no network still opens the console. It never stores answers from /api/.
 */
export function registerConsoleWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  navigator.serviceWorker.register('/app/console-sw.js', { scope: '/app/' }).catch(() => {
    // Without it the console still works online; nothing to tell the person mid-session.
  });
}
