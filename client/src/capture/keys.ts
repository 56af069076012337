// The scene keys of "Explain a capture" and what each is started with.
export const CaptureKey = {
  Open: "Capture",
  View: "CaptureView",
  Quiz: "CaptureQuiz",
} as const;

export interface ViewLaunch {
  /** The connection's id in the capture. */
  id: number;
  /** 0-based index of the segment shown. */
  at?: number;
}
