import type { SegmentIndex } from './segment-index.js';

/* Responsibility: deleting the segments whose messages are all done. */

/** Deletes every segment, other than the one being written, whose records are all done. */
export async function collect(
  index: SegmentIndex,
  isCurrent: (key: string) => boolean,
): Promise<number> {
  let removed = 0;
  for (const key of await index.keys()) {
    if (isCurrent(key)) continue;
    if ((await index.liveIds(key)).length > 0) continue;
    // Checked again after the reads above: a segment opened meanwhile is left alone.
    if (isCurrent(key)) continue;
    await index.remove(key);
    removed++;
  }
  await index.removeOrphanDoneLists();
  return removed;
}
