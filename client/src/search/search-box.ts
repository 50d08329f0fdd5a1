// The search box: suggestions as you type (any script or pinyin; the API does the
// matching), each with its kind as a coloured badge; arrows, Enter and Escape work.
import { ENTITY_KINDS, isEntityKind } from '../../../graph/schema.js';
import { search } from '../api-client/api.js';
import type { SearchHit } from '../api-client/schemas.js';
import { kindLabel, type Lang } from '../canvas/labels.js';
import { h, replaceChildren } from '../ui/dom.js';

const DEBOUNCE_MS = 150;

export interface SearchBoxOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  lang: () => Lang;
  onChoose: (result: SearchHit) => void;
  onError: (error: unknown) => void;
}

export function attachSearchBox({ input, list, lang, onChoose, onError }: SearchBoxOptions): void {
  let results: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const choose = (result: SearchHit) => {
    close();
    input.value = result.name;
    onChoose(result);
  };

  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `suggestion-${index}`);
  };

  const render = () => {
    if (results.length === 0) {
      replaceChildren(list, h('li', { class: 'empty', 'data-testid': 'search-empty' }, `No entity matches “${input.value}”.`));
    } else {
      replaceChildren(list, ...results.map((result, i) => {
        const kind = isEntityKind(result.kind) ? result.kind : null;
        const alias = result.aliases.find((a) => a !== result.name);
        const option = h('li', { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', 'data-testid': 'search-suggestion', 'data-id': result.id },
          h('span', { class: 'badge', style: kind ? `background:${ENTITY_KINDS[kind].color}` : '' }, kind ? kindLabel(kind, lang()) : result.kind),
          h('span', { class: 'name' }, result.name),
          alias ? h('span', { class: 'alias' }, alias) : null);
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(result);
        });
        return option;
      }));
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(results.length > 0 ? 0 : -1);
  };

  const lookup = async (q: string) => {
    const mine = ++sequence;
    try {
      const found = await search(q);
      if (mine !== sequence) return;
      results = found;
      render();
    } catch (error) {
      if (mine === sequence) onError(error);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length === 0) {
      sequence++;
      close();
      return;
    }
    timer = setTimeout(() => void lookup(q), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') return close();
    if (list.hidden || results.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + results.length) % results.length);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(results[active]);
    }
  });

  input.addEventListener('blur', () => setTimeout(close, 100));
}
