import { CLIENT_PHASES, PHASE_LABELS } from '../../../domain/clients/phases';
import type { GlyphShape } from '../../ui/Glyph';
import { type BadgeTone, StatusBadge } from '../../ui/StatusBadge';
import type { ClientPhase } from './client-types';

export { CLIENT_PHASES, PHASE_LABELS };

const LOOK: Record<ClientPhase, { tone: BadgeTone; shape: GlyphShape }> = {
  consultation: { tone: 'accent', shape: 'ring' },
  preparation: { tone: 'accent', shape: 'half' },
  sessions: { tone: 'accent', shape: 'dot' },
  integration: { tone: 'success', shape: 'square' },
  completed: { tone: 'muted', shape: 'check' },
  paused: { tone: 'warning', shape: 'dash' },
};

export function PhaseBadge({ phase }: { phase: ClientPhase }) {
  return <StatusBadge label={PHASE_LABELS[phase]} {...LOOK[phase]} />;
}

export function isClientPhase(value: string | null): value is ClientPhase {
  return (CLIENT_PHASES as readonly (string | null)[]).includes(value);
}
