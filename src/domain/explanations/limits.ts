/** The longest explanation (giải trình) kept: "a short text". Its own module so the task pane can import it without zod. */
export const EXPLANATION_MAX = 500;
