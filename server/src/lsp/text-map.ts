/**
 * Offsets between the text an analysis was made for and the text open now. Only what lies
 * in the unchanged start or the unchanged end of the text maps; anything that touches the
 * edited middle does not, so an old result is never shown on words it was not made for.
 */
export class TextMap {
  /** Length of the common start. */
  private readonly head: number;
  /** Length of the common end (not overlapping the common start). */
  private readonly tail: number;

  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    const max = Math.min(from.length, to.length);
    let head = 0;
    while (head < max && from.charCodeAt(head) === to.charCodeAt(head)) head++;
    let tail = 0;
    while (tail < max - head && from.charCodeAt(from.length - 1 - tail) === to.charCodeAt(to.length - 1 - tail)) tail++;
    this.head = head;
    this.tail = tail;
  }

  /** A position in the new text, in the old one; undefined inside the edit. */
  toOld(offset: number): number | undefined {
    if (offset <= this.head) return offset;
    if (offset >= this.to.length - this.tail) return offset - this.to.length + this.from.length;
    return undefined;
  }

  /**
   * An old range [start, end) in the new text, when it and the characters on either side
   * of it are unchanged: "Moore" typed on to "Moorex" is no longer the name it was.
   */
  rangeToNew(start: number, end: number): { start: number; end: number } | undefined {
    if (end < this.head || (this.head === this.to.length && this.head === this.from.length)) return { start, end };
    const oldTail = this.from.length - this.tail;
    if (start > oldTail)
      return { start: start - oldTail + this.to.length - this.tail, end: end - oldTail + this.to.length - this.tail };
    return undefined;
  }
}
