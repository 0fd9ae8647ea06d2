// GDELT events export column layouts. Files are tab-separated with no header row.
// Source: GDELT Event Database Data Format Codebook V2.0 (2/19/2015) and GDELT 2.0 Event Database
// Codebook V2.0; 1.0 daily files (from April 2013) have 58 columns, 2.0 files 61 (each of the three
// geography blocks gains an ADM2Code after ADM1Code; DATEADDED becomes YYYYMMDDHHMMSS).
const ACTOR = (n: 1 | 2) =>
  [
    'Code',
    'Name',
    'CountryCode',
    'KnownGroupCode',
    'EthnicCode',
    'Religion1Code',
    'Religion2Code',
    'Type1Code',
    'Type2Code',
    'Type3Code',
  ].map((f) => `Actor${n}${f}`);

const EVENT = [
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
];

const GEO = (prefix: string, adm2: boolean) =>
  [
    'Type',
    'FullName',
    'CountryCode',
    'ADM1Code',
    ...(adm2 ? ['ADM2Code'] : []),
    'Lat',
    'Long',
    'FeatureID',
  ].map((f) => `${prefix}_${f}`);

const layout = (adm2: boolean): readonly string[] => [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR(1),
  ...ACTOR(2),
  ...EVENT,
  ...GEO('Actor1Geo', adm2),
  ...GEO('Actor2Geo', adm2),
  ...GEO('ActionGeo', adm2),
  'DATEADDED',
  'SOURCEURL',
];

export const GDELT_COLUMNS = { v1: layout(false), v2: layout(true) } as const;

/** CAMEO event root codes (CAMEO Conflict and Mediation Event Observations codebook, v1.1b3). */
export const CAMEO_ROOTS: Readonly<Record<string, string>> = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit force posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Use unconventional mass violence',
};
