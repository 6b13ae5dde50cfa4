/** An icon from one path, hidden from assistive technology (its button names itself). */
export const icon = (path: string, size = 24, className?: string) => (
  <svg
    className={className}
    viewBox="0 0 24 24"
    width={size}
    height={size}
    aria-hidden="true"
    focusable="false"
  >
    <path d={path} fill="currentColor" fillRule="evenodd" />
  </svg>
);

export const ICONS = {
  left: 'M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z',
  right: 'M8.6 5.4 10 4l8 8-8 8-1.4-1.4 6.6-6.6z',
  up: 'M5.4 15.4 4 14l8-8 8 8-1.4 1.4-6.6-6.6z',
  pause: 'M7 5h3.5v14H7zm6.5 0H17v14h-3.5z',
  play: 'M8 5v14l11-7z',
  reading:
    'M4 5h6a3 3 0 0 1 2 .8A3 3 0 0 1 14 5h6v14h-6a2 2 0 0 0-2 1 2 2 0 0 0-2-1H4zm2 2v10h4a4 4 0 0 1 1 .1V8a1 1 0 0 0-1-1zm12 0h-4a1 1 0 0 0-1 1v9.1a4 4 0 0 1 1-.1h4z',
  transcript: 'M5 4h14v2H5zm0 4h14v2H5zm0 4h14v2H5zm0 4h9v2H5z',
  close:
    'M18.3 7.1 16.9 5.7 12 10.6 7.1 5.7 5.7 7.1l4.9 4.9-4.9 4.9 1.4 1.4 4.9-4.9 4.9 4.9 1.4-1.4-4.9-4.9z',
  muted:
    'M3 9v6h4l5 5V4L7 9zm13.6 3 2.1-2.1-1.4-1.4-2.1 2.1-2.1-2.1-1.4 1.4 2.1 2.1-2.1 2.1 1.4 1.4 2.1-2.1 2.1 2.1 1.4-1.4z',
  sound:
    'M3 9v6h4l5 5V4L7 9zm11.5 3A4.5 4.5 0 0 0 14 7.97v8.05A4.5 4.5 0 0 0 16.5 12M14 3.23v2.06a7 7 0 0 1 0 13.42v2.06A9 9 0 0 0 14 3.23',
  more: 'M5 12a2 2 0 1 0 4 0 2 2 0 1 0-4 0m5 0a2 2 0 1 0 4 0 2 2 0 1 0-4 0m5 0a2 2 0 1 0 4 0 2 2 0 1 0-4 0',
  captions:
    'M4 5h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2m0 2v10h16V7zm3 3h3v1.5H7.5v1H10V14H7a1 1 0 0 1-1-1v-2a1 1 0 0 1 1-1m7 0h3v1.5h-2.5v1H17V14h-3a1 1 0 0 1-1-1v-2a1 1 0 0 1 1-1',
  skipLeft: 'M6 5h2v14H6zm12.4.4L17 4l-8 8 8 8 1.4-1.4-6.6-6.6z',
  skipRight: 'M16 5h2v14h-2zM5.6 5.4 7 4l8 8-8 8-1.4-1.4 6.6-6.6z',
  imageOff:
    'M3.3 2 2 3.3 4 5.2V19a1 1 0 0 0 1 1h13.8l2 2 1.3-1.3zM6 18v-2.6l3-3 2.3 2.3L14.6 18zm14-1.2L7.2 4H19a1 1 0 0 1 1 1zM16 9.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3',
  videoOff:
    'M3.3 2 2 3.3 3.7 5H3a1 1 0 0 0-1 1v12a1 1 0 0 0 1 1h12.7l3 3 1.3-1.3zM17 13.2V10l5-3v10l-2-1.2zM8.8 5H16a1 1 0 0 1 1 1v5.2z',
};
