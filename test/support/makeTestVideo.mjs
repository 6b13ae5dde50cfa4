// @ts-check
/**
 * Makes the media fixtures of the video tests with ffmpeg, so that no binary comes from
 * elsewhere: `test/fixtures/media/clock.webm` (2 s, 180×320, 24 fps, VP8 + a quiet Opus tone, a
 * few kB) shows a big frame counter and a bar that crosses the picture once, so a screenshot or
 * `currentTime` says exactly where the video is; `clock-poster.jpg` is its first picture.
 * The outputs are committed: tests read them and never need ffmpeg. Run it again to remake them:
 *
 *   node test/support/makeTestVideo.mjs          (FFMPEG=/path/to/ffmpeg to pick a binary)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ffmpeg = process.env.FFMPEG ?? 'ffmpeg';
const outDir = fileURLToPath(new URL('../fixtures/media/', import.meta.url));
const SECONDS = 2;
const FPS = 24;
const SIZE = '180x320';
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf';

/** @param {string[]} args */
function run(args) {
  const result = spawnSync(ffmpeg, ['-hide_banner', '-loglevel', 'error', '-y', ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.error) {
    throw new Error(
      `could not run ${ffmpeg} (${result.error.message}); install ffmpeg or set FFMPEG`,
    );
  }
  if (result.status !== 0) throw new Error(`${ffmpeg} failed with status ${result.status}`);
}

// fontfile when the usual Debian font is there, else fontconfig's default monospace.
const font = existsSync(FONT) ? `fontfile=${FONT}` : 'font=monospace';
// The frame number, large; under it a bar that crosses the width once over the two seconds
// (overlay, whose expressions know the time `t`; drawbox's `t` is its thickness).
const picture = [
  `[0:v]drawtext=${font}:text='%{frame_num}':start_number=0:fontsize=72:fontcolor=white:x=(w-tw)/2:y=h*0.3[counter]`,
  `[counter][2:v]overlay=x='(W-w)*t/${SECONDS}':y=H*0.68:shortest=1[out]`,
].join(';');

mkdirSync(outDir, { recursive: true });
const video = `${outDir}clock.webm`;
run([
  ...['-f', 'lavfi', '-i', `color=c=0x1b1b2f:s=${SIZE}:r=${FPS}:d=${SECONDS}`],
  ...['-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${SECONDS}`],
  ...['-f', 'lavfi', '-i', `color=c=0xffd400:s=28x28:r=${FPS}:d=${SECONDS}`],
  ...['-filter_complex', picture, '-map', '[out]', '-map', '1:a', '-af', 'volume=0.08'],
  ...[
    '-c:v',
    'libvpx',
    '-b:v',
    '8k',
    '-crf',
    '50',
    '-qmax',
    '56',
    '-auto-alt-ref',
    '0',
    '-g',
    String(FPS * SECONDS),
  ],
  ...['-c:a', 'libopus', '-b:a', '6k'],
  ...[
    '-map_metadata',
    '-1',
    '-fflags',
    '+bitexact',
    '-flags:v',
    '+bitexact',
    '-flags:a',
    '+bitexact',
  ],
  ...['-shortest', video],
]);
const poster = `${outDir}clock-poster.jpg`;
run(['-i', video, '-frames:v', '1', '-q:v', '6', '-map_metadata', '-1', poster]);

for (const file of [video, poster]) console.log(`${file}: ${statSync(file).size} bytes`);
