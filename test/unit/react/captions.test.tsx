import { act, render, screen } from '@testing-library/react';
import { Stories, type Story } from 'react-hold-stories';
import { describe, expect, it } from 'vitest';
import { chooseOption } from './harness';

const withVideo = (captions?: string): Story => ({
  id: 'v',
  title: 'A video',
  frames: [
    { id: 'clip', kind: 'video', duration: 2000, src: '/clip.webm', alt: 'A clip', captions },
    { id: 'card', kind: 'card', duration: 1000, background: '#000', alt: 'After' },
  ],
});

describe('the captions toggle', () => {
  it('shows for captioned videos only, beside the sound, and its choice holds across frames', () => {
    const { unmount } = render(<Stories story={withVideo()} />);
    expect(screen.queryByRole('button', { name: 'Captions', hidden: true })).toBeNull();
    unmount();

    render(<Stories story={withVideo('/clip.en.vtt')} labels="fr" />);
    const toggle = screen.getByRole('button', { name: 'Sous-titres', hidden: true });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const track = document.querySelector('track[kind="captions"]');
    expect(track).toHaveAttribute('src', '/clip.en.vtt');
    expect(track).toHaveAttribute('label', 'Sous-titres');
    chooseOption('Sous-titres');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // Off the video and back: still on.
    act(() => screen.getByRole('button', { name: 'Image suivante' }).click());
    act(() => screen.getByRole('button', { name: 'Image précédente' }).click());
    expect(screen.getByRole('button', { name: 'Sous-titres', hidden: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
