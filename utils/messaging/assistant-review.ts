/**
 * The content script asks the assistant in its own tab to review the form before the portal saves it. The
 * background leaves this one message to the assistant. (No zod here: the content script imports it.)
 */
export const ASSISTANT_REVIEW = 'assistant.review';
