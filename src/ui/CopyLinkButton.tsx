import { useState } from 'react';
import { copyText } from './copy-text';

/** Copies a link; confirms visibly, or shows a selectable field when the clipboard is refused. */
export function CopyLinkButton({ url, label }: { url: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  return (
    <div className="dl-copy">
      <button type="button" onClick={async () => setState((await copyText(url)) ? 'copied' : 'manual')}>
        {label}
      </button>
      <span role="status" className="dl-copy__status">
        {state === 'copied' ? 'Link copied' : ''}
      </span>
      {state === 'manual' && (
        <input
          className="dl-copy__field"
          readOnly
          value={url}
          aria-label="Link to copy"
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
