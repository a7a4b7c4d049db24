/** A device as read from a source, before validation; `position` is its line or entry number. */
export interface RawDevice {
  position: number;
  udid: string;
  name: string;
  /** The platform as written, when the source gives one. */
  platform?: string;
}
