// The cities' populations (geo/city-population.json), once loaded; an empty map until then or when the
// file cannot be read (the labels then leave the cities out and say why in the console; a bad row is
// left out and named).
import { useEffect, useState } from 'react';
import { loadCityPopulation } from '../load/load-city-population';

const NONE: ReadonlyMap<string, number> = new Map();

export function useCityPopulation(): ReadonlyMap<string, number> {
  const [population, setPopulation] = useState(NONE);
  useEffect(function loadPopulation() {
    let live = true;
    loadCityPopulation().then((result) => {
      if (!live) return;
      if (!result.ok) {
        console.warn(`${result.error}; the map names no cities.`);
        return;
      }
      const [first] = result.problems;
      if (first)
        console.warn(`${first.file} ${first.record} (${first.field}): ${first.message}; row left out.`);
      setPopulation(result.population);
    });
    return function stopLoading() {
      live = false;
    };
  }, []);
  return population;
}
