/** Types for the build-time basemap maker (used by build.mjs and by the popup's DOM tests). */
export interface Basemap {
  width: number;
  height: number;
  land: string;
  borders: string;
  points: Record<string, [number, number]>;
}
export function makeBasemap(places: readonly { id: string; coords: readonly [number, number] | number[] }[]): Basemap;
