// @vitest-environment jsdom
// A facet with nothing to choose says so under its heading instead of standing empty.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FacetList } from '../../src/ui/FacetList';

afterEach(cleanup);

const noop = () => {};

describe('FacetList', () => {
  it('says none are named when the data names no actors, and lists them when it does', () => {
    const { container, rerender } = render(
      <FacetList title="Actors" options={[]} counts={new Map()} selected={[]} onChange={noop} />,
    );
    expect(container.querySelector('.dl-facet__none')?.textContent).toBe('None named in this data.');
    rerender(
      <FacetList
        title="Actors"
        options={[{ id: 'rsf', label: 'Rapid Support Forces' }]}
        counts={new Map([['rsf', 3]])}
        selected={[]}
        onChange={noop}
      />,
    );
    expect(container.querySelector('.dl-facet__none')).toBeNull();
    expect(screen.getByRole('checkbox', { name: /Rapid Support Forces/ })).toBeTruthy();
  });
});
