// JavaScript on purpose: the root tsconfig includes test/, and typed pages here would pull
// Next's types into the root's typecheck (which runs before this app is installed).
// The skin, imported from the package as an app does: a global stylesheet from node_modules.
import 'react-hold-stories/styles.css';

export const metadata = { title: 'react-hold-stories in the App Router' };

/** @param {{ children: import('react').ReactNode }} props */
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
