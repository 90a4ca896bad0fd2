import { DomainError, SENSITIVITIES, type MediaItem, type Sensitivity } from '@corroborate/core';
import type { MediaStore } from './media-ingest-types';

/** Reads a sensitivity given as text; DomainError `validation_failed` listing the choices otherwise. */
export const parseSensitivity = (value: string): Sensitivity => {
  const v = value.trim().toLowerCase().replace(/-/g, '_');
  if ((SENSITIVITIES as readonly string[]).includes(v)) return v as Sensitivity;
  throw new DomainError(
    'validation_failed',
    `"${value}" is not a sensitivity: use one of ${SENSITIVITIES.join(', ')}`,
    [{ path: ['sensitivity'], message: `one of ${SENSITIVITIES.join(', ')}` }],
  );
};

/**
 * Sets the sensitivity a person chose for a media item and records it in the audit log (before
 * and after) in the same transaction. Setting the value it already has changes nothing and logs
 * nothing. @throws DomainError('not_found') for an unknown item.
 */
export const flagMedia = async (
  deps: { store: MediaStore },
  input: { mediaId: string; sensitivity: Sensitivity; actorId: string | null },
): Promise<{ media: MediaItem; changed: boolean }> =>
  deps.store.transaction(async (tx) => {
    const before = await tx.media.get(input.mediaId);
    if (!before) throw new DomainError('not_found', `media item ${input.mediaId} does not exist`);
    if (before.sensitivity === input.sensitivity) return { media: before, changed: false };
    const media = await tx.media.setSensitivity(input.mediaId, input.sensitivity);
    await tx.audit.append({
      actorId: input.actorId,
      action: 'media.flag',
      entityType: 'media',
      entityId: media.id,
      before: { sensitivity: before.sensitivity },
      after: { sensitivity: media.sensitivity },
    });
    return { media, changed: true };
  });
