import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { wakeBackgroundOnStoreChange } from '../../utils/reminders/wake-background-on-store-change';
import { SettingsPage } from './SettingsPage';

wakeBackgroundOnStoreChange();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SettingsPage />
  </StrictMode>,
);
