// The usual frame of an e2e file: one fixture server and one phone for the whole file, and
// every page a test opens closed after it.
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  type FixtureServer,
  launchPhone,
  openStory,
  type Phone,
  type StoryPage,
  startFixtureServer,
} from './server';

/**
 * Registers the file's hooks and returns how to open fixture pages. `warmUp` is the page loaded
 * once before the tests: the first load pre-bundles the dependencies, so no test pays for it.
 */
export function fixturePhoneForFile(warmUp = '') {
  let server: FixtureServer | undefined;
  let phone: Phone | undefined;
  const opened: StoryPage[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    phone = await launchPhone();
    const page = await openStory(phone, `${server.url}${warmUp}`);
    await page.close();
  });

  afterEach(async () => {
    for (const story of opened.splice(0)) await story.close();
  });

  afterAll(async () => {
    await phone?.close();
    await server?.close();
  });

  return {
    /** The fixture server's root URL. */
    get url(): string {
      if (!server) throw new Error('fixturePhoneForFile: the server starts in beforeAll');
      return server.url;
    },
    /** Opens `path` (relative to the server's root, with its query) once the story plays. */
    async open(path: string): Promise<StoryPage> {
      if (!server || !phone) throw new Error('fixturePhoneForFile: the phone starts in beforeAll');
      const story = await openStory(phone, `${server.url}${path}`);
      opened.push(story);
      return story;
    },
  };
}
