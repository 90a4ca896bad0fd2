import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { useEffect, useRef } from 'react';
import { worldOutlines } from '../../ui/world-outlines';
import { gridClusters } from './grid-clusters';

const W = 960;
const H = 500;

/** Every matching incident on a canvas world map, clustered by a 24 px grid (fast at 100k points). */
export const ClusterMap = ({ points }: { points: readonly (readonly [number, number])[] }) => {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let live = true;
    void worldOutlines('110m').then((world) => {
      const ctx = ref.current?.getContext('2d');
      if (!live || !ctx) return;
      const projection = geoNaturalEarth1().fitSize([W, H], { type: 'Sphere' });
      ctx.clearRect(0, 0, W, H);
      ctx.beginPath();
      geoPath(projection, ctx)(world);
      ctx.fillStyle = '#f1efe6';
      ctx.fill();
      ctx.strokeStyle = '#999';
      ctx.lineWidth = 0.5;
      ctx.stroke();
      const clusters = gridClusters(points, (p) => projection(p), 24);
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.font = '11px system-ui';
      for (const c of clusters) {
        const r = Math.min(22, 4 + Math.log2(c.count) * 2.2);
        ctx.beginPath();
        ctx.arc(c.x, c.y, r, 0, Math.PI * 2);
        ctx.fillStyle = 'rgba(192, 40, 20, 0.75)';
        ctx.fill();
        if (c.count > 1) {
          ctx.fillStyle = '#fff';
          ctx.fillText(c.count > 999 ? `${Math.round(c.count / 1000)}k` : String(c.count), c.x, c.y);
        }
      }
      ctx.canvas.dataset.clusters = String(clusters.length);
      ctx.canvas.dataset.ready = 'true';
    });
    return () => {
      live = false;
    };
  }, [points]);
  return (
    <canvas
      ref={ref}
      width={W}
      height={H}
      className="cluster-map"
      aria-label={`Map of ${points.length} incidents`}
    />
  );
};
