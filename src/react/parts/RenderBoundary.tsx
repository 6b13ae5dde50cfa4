import { Component, type ReactNode } from 'react';

interface Props {
  /** Told once the render threw: the player marks the frame failed (and fires `error`). */
  onError(error: unknown): void;
  children: ReactNode;
}

/**
 * Catches what a `render` frame throws, so one broken frame never takes the page down: the
 * frame is reported failed and shows its text alternative (the Frame part renders the fallback
 * once the player says so), and the story goes on. A class: React catches only in those.
 */
export class RenderBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
