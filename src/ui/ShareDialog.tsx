// Share the current view: copy the link (with the corpus version), share natively on phones, or
// copy an <iframe> snippet for the embed view.
import { useRef, useState } from 'react';
import { loadDatasetText } from '../load/dataset-store';
import { keepSettled } from '../load/keeping';
import { CopyLinkButton } from './CopyLinkButton';

export interface ShareDialogProps {
  /** Absolute link to the current view, with `v=`. */
  readonly link: string;
  /** Absolute link to the embed view of the same state. */
  readonly embedLink: string;
  /** The dataset shown, when it was imported into this browser: the recipient needs its file too. */
  readonly localDataset?: { readonly id: string; readonly name: string } | null;
  /** The dataset shown came from this `?data=` address: the link carries it. */
  readonly dataAddress?: string | null;
}

async function downloadDataset(id: string, name: string): Promise<void> {
  // Just imported: its copy is still being written (src/load/keeping.ts).
  await keepSettled(id);
  const stored = await loadDatasetText(id);
  if (!stored.ok) return;
  const url = URL.createObjectURL(new Blob([stored.value.text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name.replace(/\.[a-z]+$/i, '')}.dateline.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function embedSnippet(embedLink: string): string {
  const src = embedLink.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${src}" width="800" height="520" style="border:0" title="Dateline map" loading="lazy" allow="clipboard-write"></iframe>`;
}

function isPhone(): boolean {
  return typeof navigator.share === 'function' && window.matchMedia('(pointer: coarse)').matches;
}

export function ShareButton({ link, embedLink, localDataset, dataAddress }: ShareDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  async function share() {
    if (isPhone()) {
      try {
        await navigator.share({ title: 'Dateline', url: link });
        return;
      } catch {
        // Cancelled or refused: fall back to the dialog.
      }
    }
    setOpen(true);
    dialog.current?.showModal();
  }
  return (
    <>
      <button type="button" className="dl-header__button" onClick={share}>
        Share
      </button>
      <dialog
        ref={dialog}
        className="dl-dialog"
        aria-labelledby="dl-share-title"
        onClose={() => setOpen(false)}
      >
        {open && (
          <div className="dl-share">
            <h2 id="dl-share-title">Share this view</h2>
            <p>The link reopens this map position, time window, filters and open event.</p>
            {localDataset && (
              <div className="dl-share__dataset" role="note">
                <p>
                  This view shows “{localDataset.name}”, a dataset kept in this browser only. Whoever opens
                  the link needs the data too: send them this file, which they open with “Open data”. The
                  link's version (<code>v=</code>) tells them whether the file they open is the same.
                </p>
                <button
                  type="button"
                  onClick={() => void downloadDataset(localDataset.id, localDataset.name)}
                >
                  Download the dataset (Dateline JSON)
                </button>
              </div>
            )}
            {dataAddress && (
              <p className="dl-share__dataset" role="note">
                The link carries the data's address ({dataAddress}): whoever opens it loads the data from
                there (asked first when it is another site), and its version (<code>v=</code>) tells them
                whether it is still the same.
              </p>
            )}
            <label className="dl-share__field">
              Link
              <input
                readOnly
                value={link}
                onFocus={(e) => e.currentTarget.select()}
                data-testid="share-link"
              />
            </label>
            <CopyLinkButton url={link} label="Copy link" />
            <label className="dl-share__field">
              Embed in a page
              <textarea
                readOnly
                rows={3}
                value={embedSnippet(embedLink)}
                onFocus={(e) => e.currentTarget.select()}
                data-testid="embed-snippet"
              />
            </label>
            <CopyLinkButton url={embedSnippet(embedLink)} label="Copy embed code" />
            <form method="dialog">
              <button type="submit" className="dl-dialog__close">
                Close
              </button>
            </form>
          </div>
        )}
      </dialog>
    </>
  );
}
