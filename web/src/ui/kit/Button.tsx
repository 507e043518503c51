import type { ButtonHTMLAttributes } from 'react';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  /** primary: the one main action; secondary: the others; quiet: inline; danger: destroys. */
  variant?: 'primary' | 'secondary' | 'quiet' | 'danger';
  small?: boolean;
};

/** The kit's button: a 44 px target, `type="button"` unless said otherwise. */
export function Button({ variant = 'primary', small = false, className, type = 'button', ...rest }: Props) {
  const classes = ['button', variant === 'primary' ? '' : variant, small ? 'small' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <button type={type} className={classes} {...rest} />;
}
