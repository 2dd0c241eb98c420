/** SVG `points` of a five-pointed star centred on (cx, cy), pointing up. */
export function starPoints(cx: number, cy: number, outer: number, inner: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`);
  }
  return points.join(' ');
}

/** Twelve stars in a circle, as on the flag of Europe: one `points` string per star, the first at 12 o'clock. */
export function starRing(center: number, radius: number, starSize: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const angle = (i * Math.PI) / 6;
    return starPoints(center + radius * Math.sin(angle), center - radius * Math.cos(angle), starSize, starSize * 0.4);
  });
}
