/**
 * react-hold-stories: stories that play fast-forwarded and reveal their hidden messages while
 * the viewer presses and holds.
 */
export * from './engine';
export * from './react';
