// An imported event's own columns (ACLED `fatalities`, a GeoJSON feature's properties), as a small
// table of text: keys and values from data are React text, never markup.
import type { PropertyValue } from '../../core/types';

const show = (value: PropertyValue) => (value === null ? '—' : String(value));

export function PropertiesTable({ properties }: { properties: Readonly<Record<string, PropertyValue>> }) {
  const rows = Object.entries(properties);
  if (rows.length === 0) return null;
  return (
    <section aria-label="Imported fields">
      <h3>Imported fields</h3>
      <table className="dl-details__properties">
        <tbody>
          {rows.map(([key, value]) => (
            <tr key={key}>
              <th scope="row">{key}</th>
              <td>{show(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
