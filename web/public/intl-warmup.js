/*
 * Runs while the app's code downloads, when the phone has nothing else to do. A page's first date
 * and number formatters cost about 30 ms on a mid-range phone (the browser loads its locale data);
 * paid here, it is not paid inside the first screen's drawing. Nothing depends on this script: if
 * it is missing (offline), the app is the same, only a little slower to start.
 */
(() => {
  try {
    const lang = navigator.languages?.[0] || navigator.language || 'en';
    new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' }).format(0);
    new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(1.5);
    new Intl.PluralRules(lang).select(1);
  } catch {
    // An old browser without Intl: the app says so itself.
  }
})();
