// What `?data=<url>` shows over the map: the question before another host is contacted ("Load data
// from example.org?"), the notice for a garbled address, a note when the kept copy had to stand in,
// and the import report of what was read. Text only.
import { useState } from 'react';
import type { AppData } from '../app/use-app-data';
import type { DataUrlApi } from '../app/use-data-url';
import { ImportReportNotice } from './ImportReportNotice';
import { Notice } from './Notice';

export function DataUrlNotices({ dataUrl, fromUrl }: { dataUrl: DataUrlApi; fromUrl: AppData['fromUrl'] }) {
  const [noteShown, setNoteShown] = useState(true);
  const [reportShown, setReportShown] = useState(true);
  const { ask } = dataUrl;
  return (
    <>
      {ask && (
        <div
          className="dl-notice dl-notice--info dl-notice--top dl-consent"
          role="alertdialog"
          aria-label={`Load data from ${ask.host}?`}
        >
          <span>
            This link opens data from another site: {ask.href}. Loading it contacts {ask.host}; this browser
            then remembers that you allowed it (you can forget it under “Open data”). Load data from{' '}
            {ask.host}?
          </span>
          <span className="dl-consent__actions">
            <button type="button" onClick={dataUrl.load}>
              Load
            </button>
            <button type="button" onClick={dataUrl.decline}>
              Don't load
            </button>
          </span>
          {dataUrl.error && <span role="alert">{dataUrl.error}</span>}
        </div>
      )}
      {dataUrl.notice && (
        <Notice label="Link problems" onDismiss={dataUrl.dismissNotice}>
          {dataUrl.notice}
        </Notice>
      )}
      {fromUrl.note && noteShown && (
        <Notice label="Data from an address" onDismiss={() => setNoteShown(false)}>
          {fromUrl.note}
        </Notice>
      )}
      {fromUrl.report && reportShown && (
        <ImportReportNotice report={fromUrl.report} onDismiss={() => setReportShown(false)} />
      )}
    </>
  );
}
