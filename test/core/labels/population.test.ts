import { describe, expect, it } from 'vitest';
import { readCityPopulation } from '../../../src/core/labels';

describe('readCityPopulation', () => {
  it('reads [place id, population] rows', () => {
    const read = readCityPopulation({
      attribution: '',
      cities: [
        ['moscow', 10381222],
        ['nice', 0],
      ],
    });
    expect(read.problems).toEqual([]);
    expect([...read.value]).toEqual([
      ['moscow', 10381222],
      ['nice', 0],
    ]);
  });

  it('leaves out a bad row with a problem naming the file, record and field; the good rows load', () => {
    const read = readCityPopulation({ cities: [['paris', -1], [7, 5], 'x', ['nice', 342_669]] });
    expect([...read.value]).toEqual([['nice', 342_669]]);
    expect(read.problems.map((p) => [p.file, p.record, p.field])).toEqual([
      ['geo/city-population.json', 'paris', 'population'],
      ['geo/city-population.json', '#1', 'id'],
      ['geo/city-population.json', '#2', 'id'],
    ]);
  });

  it('never throws on a file of the wrong shape', () => {
    for (const json of [null, 3, 'x', [], { cities: 'no' }]) {
      const read = readCityPopulation(json);
      expect(read.value.size).toBe(0);
      expect(read.problems[0]?.field).toBe('cities');
    }
  });
});
