import { startFirstRead } from './first-read';

// Kept small, so the store read starts before the page's larger code (mount-workspace.tsx) has loaded.
const firstRead = startFirstRead();
void import('./mount-workspace').then(({ mountWorkspace }) => mountWorkspace(firstRead));
