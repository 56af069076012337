// Reading captures (.pcap, .pcapng) and explaining their TCP connections with the engine.
// Pure: bytes in, plain data out; the client reads files in a worker and calls these.
export * from "./errors";
export type { RawPacket } from "./raw";
export { CaptureReader, type CaptureFormat } from "./reader";
export { LINKTYPE, SUPPORTED_LINK_TYPES, ipStart } from "./link";
export { decodeTcp, ipv6Text, type TcpPacket, type TcpFlags, type Skip } from "./decode";
export { readOptions, describeOption, type TcpOption } from "./options";
export { ConnectionTable, DEFAULT_LIMITS, type ConnectionInfo, type Host, type TableLimits } from "./connections";
export { CaptureParser, parseCapture, isCaptureError, MAX_LISTED, type CaptureSummary, type ParsedCapture } from "./parse";
export { inferConnection, relative } from "./infer";
export type { Cause, InferredConnection, InferredStep, TimerFact, InferOptions } from "./steps";
export { CAPTURE_NOTE_CODES, captureNoteText, type CaptureNote, type CaptureNoteCode } from "./notes";
export { captureQuiz, type CaptureQuestion } from "./quiz";
