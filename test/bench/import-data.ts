// Seeded synthetic import files in each format's shape (ACLED CSV, UCDP GED CSV, GDELT 2.0 TSV,
// GeoJSON), for `npm run bench` (scripts/bench-import.ts). The same seed gives the same bytes.
import { MONTH_NAMES } from '../../src/core/dates';
import { GDELT_COLUMNS } from '../../src/core/import/presets/gdelt-columns';
import { seededRandom } from '../../src/core/synthetic';

export const BENCH_FORMATS = ['acled', 'ucdp', 'gdelt', 'geojson'] as const;
export type BenchFormat = (typeof BENCH_FORMATS)[number];

const TYPES = [
  ['Battles', 'Armed clash'],
  ['Protests', 'Peaceful protest'],
  ['Riots', 'Violent demonstration'],
  ['Explosions/Remote violence', 'Air/drone strike'],
  ['Violence against civilians', 'Attack'],
  ['Strategic developments', 'Looting/property destruction'],
];
const ACTORS = [
  'Military Forces of Sudan (2019-)',
  'Rapid Support Forces',
  'Protesters (Sudan)',
  'Civilians (Sudan)',
  'Police Forces of Sudan (2019-)',
  'Unidentified Armed Group (Sudan)',
];
const OUTLETS = ['Radio Dabanga', 'Sudan Tribune', 'Reuters', 'AFP', 'Al Jazeera', 'Facebook'];
const TOWNS = [
  'Khartoum',
  'Omdurman',
  'El Fasher',
  'Nyala',
  'Kassala',
  'Port Sudan',
  'El Obeid',
  'Wad Madani',
];

export function benchFile(format: BenchFormat, rows: number, seed = 42): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const int = (n: number) => Math.floor(random() * n);
  const day = () => {
    const y = 2018 + int(7);
    const m = 1 + int(12);
    const d = 1 + int(28);
    return { y, m, d, iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
  };
  const lat = () => (8 + random() * 14).toFixed(4);
  const lon = () => (22 + random() * 16).toFixed(4);
  const out: string[] = [];
  if (format === 'acled') {
    out.push(
      'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp',
    );
    for (let i = 0; i < rows; i++) {
      const [type, sub] = pick(TYPES) as string[];
      const t = day();
      const date = random() < 0.5 ? t.iso : `${t.d} ${MONTH_NAMES[t.m - 1]} ${t.y}`;
      const town = pick(TOWNS);
      out.push(
        `SDN${i + 1},${date},${t.y},${1 + int(3)},Political violence,${type},${sub},${pick(ACTORS)},,1,${pick(ACTORS)},,2,12,,729,Northern Africa,Sudan,Khartoum,,,${town},${lat()},${lon()},${1 + int(3)},${pick(OUTLETS)}; ${pick(OUTLETS)},National,"On ${t.iso}, an event in ${town}, with ""quotes"".",${int(20)},,1706745600`,
      );
    }
  } else if (format === 'ucdp') {
    out.push(
      'id,year,type_of_violence,conflict_name,dyad_name,side_a,side_b,source_article,source_office,source_date,source_headline,where_prec,where_description,adm_1,latitude,longitude,country,date_prec,date_start,date_end,best,high,low',
    );
    for (let i = 0; i < rows; i++) {
      const t = day();
      const prec = 1 + int(5);
      const wp = 1 + int(6);
      out.push(
        `${i + 1},${t.y},${1 + int(3)},Sudan: Government,Government of Sudan - RSF,${pick(ACTORS)},${pick(ACTORS)},"""${pick(OUTLETS)},${t.iso}""",${pick(OUTLETS)},${t.iso},Fighting near ${pick(TOWNS)},${wp},${pick(TOWNS)},North Darfur,${lat()},${lon()},Sudan,${prec},${t.iso},${t.iso},${int(30)},${int(40)},${int(10)}`,
      );
    }
  } else if (format === 'gdelt') {
    const cols = GDELT_COLUMNS.v2;
    const at = new Map(cols.map((c, i) => [c, i]));
    for (let i = 0; i < rows; i++) {
      const cells = new Array<string>(cols.length).fill('');
      const t = day();
      const type = pick(['1', '4', '4', '4', '5', '3']);
      const set = (c: string, v: string) => {
        cells[at.get(c) as number] = v;
      };
      set('GLOBALEVENTID', String(1_000_000_000 + i));
      set('SQLDATE', t.iso.replaceAll('-', ''));
      set('Actor1Name', 'SUDAN');
      set('Actor2Name', pick(['REBEL', 'POLICE', 'CIVILIAN', '']));
      set('EventRootCode', String(1 + int(20)).padStart(2, '0'));
      set('GoldsteinScale', (random() * 20 - 10).toFixed(1));
      set('NumArticles', String(1 + int(30)));
      set('ActionGeo_Type', type);
      set('ActionGeo_FullName', type === '1' ? 'Sudan' : `${pick(TOWNS)}, Sudan`);
      set('ActionGeo_Lat', lat());
      set('ActionGeo_Long', lon());
      set('SOURCEURL', `https://news.example.org/${i}`);
      out.push(cells.join('\t'));
    }
  } else {
    const features: string[] = [];
    for (let i = 0; i < rows; i++) {
      const t = day();
      features.push(
        JSON.stringify({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [Number(lon()), Number(lat())] },
          properties: {
            date: t.iso,
            name: `${pick(TOWNS)} incident ${i}`,
            category: pick(TYPES)[0],
            fatalities: int(20),
          },
        }),
      );
    }
    return `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`;
  }
  return `${out.join('\n')}\n`;
}
