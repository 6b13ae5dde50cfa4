/// <reference types="vite/client" />
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Stories } from 'react-hold-stories';
import 'react-hold-stories/styles.css';
import './demo.css';
import { dayStory } from './story';

const root = document.getElementById('root');
if (!root) throw new Error('demo: #root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <main className="demo">
      <Stories story={dayStory} labels="fr" loop />
    </main>
  </StrictMode>,
);
