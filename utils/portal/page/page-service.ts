import {
  PageRequestSchema,
  type CollectedControl,
  type PageRequest,
  type PageResponse,
  type PageSnapshot,
} from '../../messaging/page-protocol';
import type { PortalPage } from '../page-kind';
import { applyActions, undoActions, type FillUndo } from './apply-actions';
import { collectControls } from './collect-controls';
import type { FormControl } from './form-controls';
import { markControls } from './mark-controls';
import { pickControl } from './pick-control';

export type PageAnswer = { ok: true; data: PageResponse<PageRequest['type']> } | { ok: false; error: string };

export interface PageService {
  /** Parses a message from the assistant and carries it out on the page. */
  handle(message: unknown): Promise<PageAnswer>;
}

/**
 * What the assistant (our extension page in an iframe on this page) asks of the page: collect the form's
 * controls, fill, undo, let the person pick a control, focus one, resize the assistant. Loaded only when
 * the assistant first asks, so the content script's start-up stays small.
 */
export function createPageService(
  page: PortalPage,
  signal: AbortSignal,
  resize: (height: number, modal: boolean) => void,
): PageService {
  let elements: FormControl[] = [];
  let names = new Map<number, string>();
  let undo: FillUndo = { acted: [], texts: [] };
  let clearMarks: () => void = () => undefined;

  const collect = (): PageSnapshot => {
    const collected = collectControls(document);
    elements = collected.elements;
    names = new Map(collected.controls.map((c) => [c.key, c.name]));
    return {
      page,
      heading: (document.querySelector('h2')?.textContent ?? '').trim(),
      controls: collected.controls,
      hiddenNames: [...document.querySelectorAll<HTMLInputElement>('input[type=hidden]')].map((i) => i.name),
    };
  };

  const answer = async (request: PageRequest): Promise<PageResponse<PageRequest['type']>> => {
    switch (request.type) {
      case 'page.collect':
        return collect();
      case 'page.apply': {
        const { result, before } = applyActions(elements, names, request.actions);
        undo = before;
        return result;
      }
      case 'page.undo': {
        const restored = undoActions(undo);
        undo = { acted: [], texts: [] };
        return { restored };
      }
      case 'page.pick': {
        const picked = await pickControl(signal);
        const snapshot = collect();
        const control: CollectedControl | null = picked
          ? (snapshot.controls[elements.indexOf(picked)] ?? null)
          : null;
        return { control };
      }
      case 'page.focus': {
        const el = elements[request.key];
        el?.scrollIntoView({ block: 'center' });
        el?.focus();
        return { focused: el !== undefined };
      }
      case 'page.mark': {
        clearMarks();
        clearMarks = request.marks.length ? markControls(elements, request.marks) : () => undefined;
        return { marked: request.marks.length };
      }
      case 'assistant.ready':
        return { ready: true };
      case 'assistant.resize':
        resize(request.height, request.modal === true);
        return { height: request.height };
    }
  };

  return {
    async handle(message) {
      const request = PageRequestSchema.safeParse(message);
      if (!request.success) return { ok: false, error: 'invalid request' };
      try {
        return { ok: true, data: await answer(request.data) };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    },
  };
}
