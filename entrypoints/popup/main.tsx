import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { wakeBackgroundOnStoreChange } from '../../utils/reminders/wake-background-on-store-change';
import { Popup } from './Popup';

wakeBackgroundOnStoreChange();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
