// Place names the small gazetteer (geo/places.json) does not know, found in the large one
// (geo/gazetteer.json: 36,000 places from GeoNames): "Lyon", "Kharkiv", "Springfield, IL". A name
// may carry qualifiers after commas — a US state, its postal code, a region or a country ("Paris,
// Texas", "Springfield, IL", "Paris, France") — and the row's country column narrows it the same way;
// of the places left, the most populous wins. Countries are not looked up here: they keep their
// boundaries through the small gazetteer.
import { type Gazetteer, type GazetteerPlace, nameKey } from '../gazetteer';

/** The place a name (with its qualifiers) stands for, in the country `countryId` when given. */
export type TownFinder = (text: string, countryId?: string) => GazetteerPlace | undefined;

/** Whether `place` lies in what `qualifier` names (a country, a US state or its postal code, a region). */
function within(gazetteer: Gazetteer, place: GazetteerPlace, qualifier: string): boolean {
  const key = nameKey(qualifier);
  if (key === '') return true;
  if (/^[a-z]{2}$/.test(key) && place.admin === `us-${key}`) return true;
  return (gazetteer.byName.get(key) ?? []).some(
    (p) => p.id === place.country || (place.admin !== '' && p.id === place.admin),
  );
}

export function townFinder(gazetteer: Gazetteer): TownFinder {
  return (text, countryId) => {
    const [name = '', ...qualifiers] = text.split(',');
    const candidates = (gazetteer.byName.get(nameKey(name)) ?? []).filter(
      (p) =>
        p.kind !== 'country' &&
        (countryId === undefined || p.country === countryId) &&
        qualifiers.every((q) => within(gazetteer, p, q)),
    );
    // byName lists the most populous first.
    return candidates[0];
  };
}
