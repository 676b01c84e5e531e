import { expect, test } from '@playwright/test';

// The cards as files (tags, sizes, direction) are checked in tests/site/social-cards.test.ts;
// here, that a server hands one out as an image.

test('the server sends a card as a PNG image', async ({ request }) => {
  const response = await request.get('/og/fi/exercises/circle-of-support.png');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
});
