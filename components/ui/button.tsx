import clsx from 'clsx';
import type { ComponentProps } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';

const variants: Record<Variant, string> = {
  primary: 'bg-calm-700 text-white hover:bg-calm-600 dark:bg-calm-400 dark:text-night-950 dark:hover:bg-calm-500',
  secondary:
    'bg-white text-night-900 ring-1 ring-night-200 hover:bg-night-100 dark:bg-night-800 dark:text-night-100 dark:ring-night-700 dark:hover:bg-night-700',
  danger: 'bg-red-700 text-white hover:bg-red-600 dark:bg-red-400 dark:text-night-950 dark:hover:bg-red-300',
  ghost: 'text-night-700 hover:bg-night-100 dark:text-night-200 dark:hover:bg-night-800',
};

export function buttonClass(variant: Variant = 'primary', className?: string) {
  return clsx(
    'inline-flex min-h-12 items-center justify-center gap-2 rounded-xl px-5 text-base font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60',
    variants[variant],
    className,
  );
}

export function Button({
  variant = 'primary',
  className,
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: Variant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}
