// The timeline's date fields in the browser: they show "14 Nov 2008" and apply a typed date on Enter.
import type { Page } from 'playwright-core';
import { formatIsoDay } from '../../src/core/dates';
import { parseDayText } from '../../src/core/timeline';

/** Types a date (either format) into a date field and presses Enter, as a person does. */
export async function typeDate(page: Page, label: 'From date' | 'To date', text: string): Promise<void> {
  const field = page.getByLabel(label);
  await field.fill(text);
  await field.press('Enter');
}

/** The field's date as YYYY-MM-DD (it shows "14 Nov 2008"); '' when it holds no full date. */
export async function isoDate(page: Page, label: 'From date' | 'To date'): Promise<string> {
  const day = parseDayText(await page.getByLabel(label).inputValue());
  return day === null ? '' : formatIsoDay(day);
}
