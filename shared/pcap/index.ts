// libpcap export: pure functions from a match's wire log to the bytes of a .pcap file.
export { internetChecksum, onesComplementSum, tcpChecksum } from "./checksum";
export { buildFrame, parseIPv4, macFor, flagsByte, DEFAULT_TTL, type PcapHost, type FrameInput } from "./frame";
export { writePcap, type PcapRecord } from "./writer";
export { buildCapture, type TapRecord, type CaptureOptions } from "./capture";
export { captureMatch, tapRecords, tapTime } from "./from-match";
