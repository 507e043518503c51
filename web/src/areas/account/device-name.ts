import { t } from '../../i18n.ts';

/** "Chrome on Android" from a user agent string: enough to recognise a device. */
export function deviceName(userAgent: string): string {
  const ua = userAgent.toLowerCase();
  const browser = ua.includes('edg/')
    ? 'Edge'
    : ua.includes('firefox/')
      ? 'Firefox'
      : ua.includes('chrome/') || ua.includes('chromium/')
        ? 'Chrome'
        : ua.includes('safari/')
          ? 'Safari'
          : null;
  const system = ua.includes('android')
    ? 'Android'
    : ua.includes('iphone') || ua.includes('ipad')
      ? 'iOS'
      : ua.includes('mac os')
        ? 'macOS'
        : ua.includes('windows')
          ? 'Windows'
          : ua.includes('linux')
            ? 'Linux'
            : null;
  if (browser && system) return t('sessions.device', { browser, system });
  return browser ?? system ?? t('sessions.unknownDevice');
}
