// Upload by button or drag and drop, with a progress bar and one line per file.
import { uploadDocuments } from '../api-client/api.js';
import type { UploadResult } from '../api-client/schemas.js';
import { h, replaceChildren } from '../ui/dom.js';

export interface UploadElements {
  input: HTMLInputElement;
  results: HTMLElement;
  dropTarget: HTMLElement;
  overlay: HTMLElement;
}

function resultLine(result: UploadResult): HTMLElement {
  const detail = result.status === 'error'
    ? result.error ?? 'failed'
    : `${result.status}: ${result.entities ?? 0} entities, ${result.relations ?? 0} relations`;
  return h('li', { class: `upload-${result.status}`, 'data-testid': 'upload-result' }, h('span', { class: 'file' }, result.file), ` — ${detail}`);
}

export function attachUpload(elements: UploadElements, onUploaded: (results: UploadResult[]) => void): void {
  const send = async (files: File[]) => {
    if (files.length === 0) return;
    const bar = h('progress', { max: 1, value: 0, 'data-testid': 'upload-progress' });
    replaceChildren(elements.results, h('li', {}, `Sending ${files.length} file${files.length === 1 ? '' : 's'}… `, bar));
    try {
      const results = await uploadDocuments(files, (fraction) => (bar.value = fraction));
      replaceChildren(elements.results, ...results.map(resultLine));
      onUploaded(results);
    } catch (error) {
      replaceChildren(elements.results, h('li', { class: 'upload-error', 'data-testid': 'upload-result' }, error instanceof Error ? error.message : String(error)));
    }
  };

  elements.input.addEventListener('change', () => {
    void send([...(elements.input.files ?? [])]);
    elements.input.value = '';
  });

  let depth = 0;
  elements.dropTarget.addEventListener('dragenter', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    depth++;
    elements.overlay.hidden = false;
  });
  elements.dropTarget.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) elements.overlay.hidden = true;
  });
  elements.dropTarget.addEventListener('dragover', (event) => event.preventDefault());
  elements.dropTarget.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    elements.overlay.hidden = true;
    void send([...(event.dataTransfer?.files ?? [])]);
  });
}
