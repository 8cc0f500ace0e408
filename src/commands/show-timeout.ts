/** Longest wait for showing the result (the task pane, the dialog) before a ribbon event is completed anyway. */
export const SHOW_TIMEOUT_MS = 10_000;
