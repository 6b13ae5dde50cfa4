import { createHash } from 'node:crypto';
import { parseStories } from 'react-hold-stories/schema';
import { type SceneName, scenes } from '../../scenes';
import apparence from '../../stories/apparence.json';
import homophobie from '../../stories/homophobie.json';
import rumeur from '../../stories/rumeur.json';
import { IMAGE_FOLDER } from './files.mjs';
import { sceneSvg } from './sceneSvg';

/** The instant a scene without a still moment is drawn at: mid-frame, its movement under way. */
export const DEFAULT_INSTANT = 0.5;

/** A frame of the demo's JSON, as far as this conversion reads it. */
type JsonFrame = { id: string; kind: string; alt: string } & Record<string, unknown>;
type JsonStory = { id: string; frames: JsonFrame[] } & Record<string, unknown>;

export interface EmbedOptions {
  /** Put before each image's path in the JSON: `''` (relative to the page) or the site's URL. */
  base?: string;
  /**
   * The instant of the frame a scene is drawn at, 0 → 1, for frames without their own still
   * moment (`still`, drawn at that). Default `DEFAULT_INSTANT`.
   */
  at?: number;
}

export interface Embed {
  /** The three stories with `image` frames instead of `render` ones, as `histoires.json` holds them. */
  stories: JsonStory[];
  /** The SVG files, by their path in the built folder (`histoires/apparence-bus-1a2b3c4d.svg`). */
  images: Map<string, string>;
  /** Frames whose scene could not be drawn, shown as a card with their alt text instead. */
  fallbacks: string[];
}

/**
 * The piece's stories as `<hold-stories>` plays them: the element draws no React component, so
 * each `render` frame becomes an `image` frame of its scene drawn at one instant, every other
 * field kept (alt, messages, luminance, questions, links). Checked by the schema before use.
 */
export function embedStories({ base = '', at = DEFAULT_INSTANT }: EmbedOptions = {}): Embed {
  const images = new Map<string, string>();
  const fallbacks: string[] = [];
  const source = [apparence, homophobie, rumeur] as unknown as JsonStory[];
  const stories = source.map((story) => ({
    ...story,
    frames: story.frames.map((frame) => {
      if (frame.kind !== 'render') return frame;
      const { component, props, ...rest } = frame;
      try {
        const scene = scenes[component as SceneName];
        if (!scene) throw new Error(`no scene "${String(component)}"`);
        const instant = typeof frame.still === 'number' ? frame.still : at;
        const svg = sceneSvg(scene, (props ?? {}) as Record<string, unknown>, instant);
        // Named by their content: a host may cache them for good, and a changed scene is a new file.
        const hash = createHash('sha256').update(svg).digest('hex').slice(0, 8);
        const path = `${IMAGE_FOLDER}/${story.id}-${frame.id}-${hash}.svg`;
        images.set(path, svg);
        return { ...rest, kind: 'image', src: `${base}${path}` };
      } catch (error) {
        fallbacks.push(`${story.id}/${frame.id}: ${(error as Error).message}`);
        return { ...rest, kind: 'card', background: '#232849', text: frame.alt };
      }
    }),
  }));
  // What the element will check when it loads the file: a mistake fails the build here instead.
  parseStories(stories);
  return { stories, images, fallbacks };
}
