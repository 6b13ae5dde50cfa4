/**
 * The first frame's wait for the images of the playback just after it (`START_LEAD_MS`), so that
 * a fast story starts with a lead and does not wait again. It ends once they have all settled
 * (ready, failed, or let go), when the viewer steps to another frame, or when `end()` is called
 * (after `START_LEAD_MAX_WAIT_MS`, should one never come).
 */
export interface StartLead {
  /** True while the first frame still waits for images ahead. */
  readonly holding: boolean;
  /** The image of frame `frameId` has settled; true when that ended the wait. */
  settle(frameId: string): boolean;
  /** The frame on screen is `index` now: a step away from the first ends the wait. */
  showing(index: number): void;
  end(): void;
}

/** @param index the first frame @param frameIds the frames ahead whose images it waits for */
export function createStartLead(index: number, frameIds: readonly string[]): StartLead {
  let waiting = new Set(frameIds);
  return {
    get holding() {
      return waiting.size > 0;
    },
    settle(frameId) {
      return waiting.delete(frameId) && waiting.size === 0;
    },
    showing(at) {
      if (at !== index) waiting.clear();
    },
    end() {
      waiting = new Set();
    },
  };
}
