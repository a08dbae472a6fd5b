import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';

/** A signature drawn with a finger; reports a PNG data URL once something is drawn. */
export function SignaturePad({ id, label, onChange }: { id: string; label: string; onChange: (png: string | null) => void }) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  // A ref as well as state: pointerup may arrive before the re-render that the last move caused.
  const drawn = useRef(false);
  const [empty, setEmpty] = useState(true);

  useEffect(() => {
    const c = canvas.current!;
    const ratio = window.devicePixelRatio || 1;
    c.width = c.clientWidth * ratio;
    c.height = c.clientHeight * ratio;
    const ctx = c.getContext('2d')!;
    ctx.scale(ratio, ratio);
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.strokeStyle = '#111827';
  }, []);

  const point = (e: PointerEvent) => {
    const r = canvas.current!.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top] as const;
  };

  function down(e: PointerEvent) {
    drawing.current = true;
    canvas.current!.setPointerCapture(e.pointerId);
    const ctx = canvas.current!.getContext('2d')!;
    ctx.beginPath();
    ctx.moveTo(...point(e));
  }
  function move(e: PointerEvent) {
    if (!drawing.current) return;
    const ctx = canvas.current!.getContext('2d')!;
    ctx.lineTo(...point(e));
    ctx.stroke();
    drawn.current = true;
    setEmpty(false);
  }
  function up() {
    if (!drawing.current) return;
    drawing.current = false;
    if (drawn.current) onChange(canvas.current!.toDataURL('image/png'));
  }
  function clear() {
    const c = canvas.current!;
    c.getContext('2d')!.clearRect(0, 0, c.width, c.height);
    drawn.current = false;
    setEmpty(true);
    onChange(null);
  }

  return (
    <div class="field">
      <label id={`${id}-label`}>{label}</label>
      <canvas ref={canvas} id={id} role="img" aria-labelledby={`${id}-label`} class="signature" data-testid={id}
        onPointerDown={down} onPointerMove={move} onPointerUp={up} onPointerLeave={up} />
      <button type="button" onClick={clear} disabled={empty}>{t('sign.clear')}</button>
    </div>
  );
}
