import type { Kind, PromiseState } from '../../api/types.ts';
import { type MessageKey, t } from '../../i18n.ts';

const KIND_LABELS: Record<Kind, MessageKey> = {
  conflict: 'kind.conflict',
  repair: 'kind.repair',
  promise: 'kind.promise',
  appreciation: 'kind.appreciation',
  gesture: 'kind.gesture',
  life_event: 'kind.life_event',
  note: 'kind.note',
};

export const kindLabel = (kind: Kind): string => t(KIND_LABELS[kind]);

const STATE_LABELS: Record<PromiseState, MessageKey> = {
  open: 'promise.open',
  kept: 'promise.kept',
  broken: 'promise.broken',
};

export const promiseStateLabel = (state: PromiseState): string => t(STATE_LABELS[state]);
