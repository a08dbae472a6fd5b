import { useEffect, useState } from 'preact/hooks';
import { supervisorApi } from '../../services';

/** An evidence photo fetched with the supervisor's token and shown from an object URL. */
export function AuthImage({ id, alt }: { id: string; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    supervisorApi.photo(id).then((b) => setUrl((made = URL.createObjectURL(b))), () => setUrl(null));
    return () => { if (made) URL.revokeObjectURL(made); };
  }, [id]);
  return url ? <img src={url} alt={alt} /> : <div class="muted">…</div>;
}
