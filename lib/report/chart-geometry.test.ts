import { describe, expect, it } from 'vitest';
import { barsPath, dotsPath, irlsChart } from './chart-geometry';

describe('one path for many shapes', () => {
  it('draws each bar as a closed rectangle and leaves out empty ones', () => {
    expect(
      barsPath([
        { x: 10, y: 20, width: 4, height: 30 },
        { x: 15.25, y: 50, width: 4, height: 0 },
        { x: 20, y: 40.04, width: 4, height: 9.96 },
      ]),
    ).toBe('M10.0,20.0h4.0v30.0h-4.0ZM20.0,40.0h4.0v10.0h-4.0Z');
  });

  it('draws each dot as a circle of the given radius around its centre', () => {
    expect(dotsPath([{ x: 5, y: 6 }], 1.5)).toBe('M3.5,6.0a1.5,1.5 0 1,0 3,0a1.5,1.5 0 1,0 -3,0Z');
    expect(dotsPath([], 1)).toBe('');
  });
});

describe('the IRLS chart', () => {
  it('runs from the first score (left) to the last (right), 0 at the bottom and 40 at the top', () => {
    const c = irlsChart(
      [
        { scoredOn: '2026-01-01', total: 0, notable: false },
        { scoredOn: '2026-01-11', total: 20, notable: true },
        { scoredOn: '2026-01-21', total: 40, notable: true },
      ],
      { width: 128, height: 100 },
    );
    const { x, y, width, height } = c.plot;
    expect(c.linePath).toBe(`M${x.toFixed(1)},${(y + height).toFixed(1)} L${(x + width / 2).toFixed(1)},${(y + height / 2).toFixed(1)} L${(x + width).toFixed(1)},${y.toFixed(1)}`);
    expect(c.notable).toEqual([
      { x: x + width / 2, y: y + height / 2 },
      { x: x + width, y },
    ]);
    expect(c.ticks.map((t) => t.label)).toEqual(['0', '10', '20', '30', '40']);
  });
});
