/**
 * A real browser, for checking and measuring what Herald draws.
 *
 * <p>A diagram is a page whose script does the drawing, so the only honest test of it is a
 * browser: {@link herald.browser.Chromium} starts a headless Chromium, and a
 * {@link herald.browser.Tab} loads a page, runs expressions in it, takes screenshots and
 * collects its console errors, all over the Chrome DevTools Protocol with nothing but the JDK's
 * WebSocket client.
 */
package herald.browser;
