import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMAGE_HOST_PATTERNS } from '../../utils/hosts';

const root = path.resolve(import.meta.dirname, '../..');
const markdown = fs.readFileSync(path.join(root, 'PRIVACY.md'), 'utf8');
const page = fs.readFileSync(path.join(root, 'public/privacy.html'), 'utf8');

describe('privacy notice', () => {
  it('names every host the extension can reach, in the notice and in the page the popup opens', () => {
    for (const pattern of IMAGE_HOST_PATTERNS) {
      const host = pattern.replace('https://', '').replace('/*', '');
      expect(markdown).toContain(host);
      expect(page).toContain(host);
    }
  });
  it('keeps the page in step with PRIVACY.md: the same sections', () => {
    const sections = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1]!);
    expect(sections.length).toBeGreaterThanOrEqual(4);
    for (const section of sections) expect(page).toContain(`<h2>${section.replaceAll(',', ',')}</h2>`);
  });
});
