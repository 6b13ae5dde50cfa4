// The skin itself, as text: the table below is read from it, so it never drifts from the CSS.
import skin from 'react-hold-stories/styles.css?raw';

export interface CssVariable {
  name: string;
  /** The default, as declared on the document root (`:where(:root, :host)`). */
  value: string;
  /** The comment right above the declaration, if any. */
  comment?: string;
}

/** Every `--hs-*` custom property the skin declares a default for, in order, with its comment. */
export function readCssVariables(css: string): CssVariable[] {
  const root = /:where\(:root, :host\)\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const variables: CssVariable[] = [];
  const declaration = /(?:\/\*\s*([\s\S]*?)\s*\*\/\s*)?(--hs-[\w-]+)\s*:\s*([^;]+);/g;
  for (const [, comment, name, value] of root.matchAll(declaration)) {
    if (name && value) variables.push({ name, value: value.trim(), comment: comment?.trim() });
  }
  return variables;
}

/** What each variable does, for those the skin does not comment itself. */
const PURPOSE: Record<string, string> = {
  '--hs-aspect': 'Aspect ratio of the story on screens wider than 9:16.',
  '--hs-max-width': 'Widest the story may get.',
  '--hs-background':
    'Behind the frames (seen while an image loads, or around a letterboxed frame).',
  '--hs-foreground': 'Text and icon colour of the chrome and cards.',
  '--hs-font': 'Font family of everything in the story.',
  '--hs-radius': 'Corner radius of the story.',
  '--hs-chrome-fade': 'How long the chrome (progress, buttons) takes to fade out on a hold.',
  '--hs-segment-height': 'Thickness of the progress segments.',
  '--hs-segment-gap': 'Space between progress segments.',
  '--hs-segment-track': 'Unfilled part of a segment.',
  '--hs-segment-fill': 'Filled part of a segment.',
  '--hs-button-size': 'Size of the round buttons (keep at least 44px for touch).',
  '--hs-button-background': 'Behind the buttons and the speed badge.',
  '--hs-focus': 'Keyboard focus ring.',
  '--hs-message-foreground': 'Text colour of the messages.',
  '--hs-message-accent': 'Colour of who says it (the message’s `from`).',
  '--hs-message-radius': 'Corner radius of a message.',
  '--hs-message-max-width': 'Widest a message may get, as a share of the story.',
  '--hs-message-font-size': 'Font size of the messages.',
};

/** Text with `code` spans, as in Markdown. */
function describe(text: string) {
  return text
    .split(/`([^`]+)`/)
    .map((part, index) => (index % 2 === 1 ? <code key={part}>{part}</code> : part));
}

const looksLikeColor = (value: string) => /^(#|rgb|hsl)/.test(value);

/** The table of the skin's custom properties, for Docs/Theming. */
export function CssVariables() {
  const variables = readCssVariables(skin);
  return (
    <table>
      <thead>
        <tr>
          <th>Variable</th>
          <th>Default</th>
          <th>What it sets</th>
        </tr>
      </thead>
      <tbody>
        {variables.map(({ name, value, comment }) => (
          <tr key={name}>
            <td>
              <code style={{ whiteSpace: 'nowrap' }}>{name}</code>
            </td>
            <td>
              {looksLikeColor(value) && (
                <span
                  aria-hidden="true"
                  style={{
                    display: 'inline-block',
                    width: '0.9em',
                    height: '0.9em',
                    marginInlineEnd: 6,
                    verticalAlign: '-0.1em',
                    border: '1px solid #8888',
                    borderRadius: 3,
                    background: value,
                  }}
                />
              )}
              <code>{value}</code>
            </td>
            <td>{describe(comment ?? PURPOSE[name] ?? '—')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
