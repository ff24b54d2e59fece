'use client';

/** A soft, short tone and a brief buzz at each switch; never loud. Every failure is ignored. */
export class GentleCues {
  private context: AudioContext | null = null;

  /** Must run inside a tap: browsers only allow audio that a user gesture started. */
  unlock() {
    try {
      const Ctor =
        window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
      if (!this.context && Ctor) this.context = new Ctor();
      void this.context?.resume();
    } catch {
      this.context = null;
    }
  }

  private tone(frequency: number, delay: number) {
    const ctx = this.context;
    if (!ctx) return;
    try {
      const start = ctx.currentTime + delay;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(0.05, start + 0.04);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.45);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.5);
    } catch {
      // no sound is fine
    }
  }

  private vibrate(pattern: number | number[]) {
    try {
      navigator.vibrate?.(pattern);
    } catch {
      // not supported
    }
  }

  switchSides() {
    this.tone(523, 0);
    this.vibrate(60);
  }

  finished() {
    this.tone(523, 0);
    this.tone(659, 0.35);
    this.vibrate([60, 120, 60]);
  }

  close() {
    void this.context?.close().catch(() => {});
    this.context = null;
  }
}
