import type { HTMLAttributes, ReactNode } from 'react';

type Props = HTMLAttributes<HTMLElement> & {
  /** `li` inside a list of cards, `section` for a titled part of a screen, else `div`. */
  as?: 'div' | 'li' | 'section' | 'article';
  children: ReactNode;
};

/** A surface with a border and padding: one thing among several. */
export function Card({ as: Tag = 'div', className, ...rest }: Props) {
  return <Tag className={className ? `card ${className}` : 'card'} {...rest} />;
}
