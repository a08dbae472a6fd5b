import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A message floating over the page's end. Its height is kept in --toast-room while it shows,
 * so the page can scroll its last rows clear of it (styles.css): a fixed allowance was too
 * little for a Khmer message of three lines and its two buttons, stacked at 360 px.
 */
export function Toast({ children, testId }: { children: ComponentChildren; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current!;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() => root.setProperty('--toast-room', `${el.offsetHeight}px`));
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.removeProperty('--toast-room');
    };
  }, []);
  return (
    <div ref={ref} class="toast" role="status" data-testid={testId}>
      {children}
    </div>
  );
}
