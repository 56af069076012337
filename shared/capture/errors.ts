// What can be wrong with a file offered as a capture. Codes, never thrown: the reader
// returns them, the client translates them (capture namespace, both languages).

export const CAPTURE_ERROR_CODES = [
  "capture/empty", // the file has no bytes
  "capture/not-a-capture", // neither a libpcap nor a pcapng file
  "capture/truncated", // the file ends inside a header or a packet
  "capture/corrupt", // a length field that no capture file can hold
  "capture/unknown-link-type", // {linkType}: no packet on a link type this reader decodes
  "capture/no-tcp", // packets, but not one TCP segment
] as const;
export type CaptureErrorCode = (typeof CAPTURE_ERROR_CODES)[number];

export interface CaptureError {
  code: CaptureErrorCode;
  params: Record<string, string | number>;
}

export const captureError = (code: CaptureErrorCode, params: Record<string, string | number> = {}): CaptureError => ({ code, params });
