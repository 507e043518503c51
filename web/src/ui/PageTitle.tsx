import { useEffect, useRef } from 'react';
import { t } from '../i18n.ts';

interface Props {
  children: string;
}

let firstPage = true;

/**
 * The page's h1. It also sets the document title and, after a client-side navigation, takes
 * focus so a screen reader announces where the person landed.
 */
export function PageTitle({ children }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} · ${t('app.name')}`;
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, [children]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
