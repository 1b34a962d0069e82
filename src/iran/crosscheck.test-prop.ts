// Cross-check against @persian-tools/persian-tools 4.0.4 where its behaviour is known to be right
// (iran-data.md §1): checksums agree; the differences are our documented policy choices.
import {
  isShebaValid,
  verifyCardNumber,
  verifyIranianLegalId,
  verifyIranianNationalId,
} from '@persian-tools/persian-tools';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digits } from './arbitraries.test-util.js';
import { isValidCardNumber, isValidLegalNationalId, isValidNationalCode, isValidSheba } from './index.js';

describe('agreement with persian-tools 4.0.4', () => {
  it('national code: equal to verifyIranianNationalId with checkPrefix: false on 10 digits', () => {
    fc.assert(
      fc.property(digits(10), (s) => {
        expect(isValidNationalCode(s)).toBe(verifyIranianNationalId(s, { checkPrefix: false }));
      }),
      { numRuns: 20000 },
    );
  });

  it('legal ID: equal to verifyIranianLegalId on 11 digits, except one-digit IDs', () => {
    fc.assert(
      fc.property(digits(11), (s) => {
        if (/^(\d)\1{10}$/.test(s)) return; // 33333333333: persian-tools accepts, we refuse
        expect(isValidLegalNationalId(s)).toBe(verifyIranianLegalId(s) === true);
      }),
      { numRuns: 20000 },
    );
  });

  it('Sheba: equal to isShebaValid on IR + 24 digits when unknown banks are allowed', () => {
    fc.assert(
      fc.property(digits(24), (d) => {
        expect(isValidSheba(`IR${d}`)).toBe(isShebaValid(`IR${d}`));
      }),
      { numRuns: 20000 },
    );
  });

  it('card: our Luhn-valid set is within persian-tools’ (which also refuses some zero blocks)', () => {
    fc.assert(
      fc.property(digits(16), (s) => {
        // persian-tools 4.0.4 also refuses digits 2–11 all zero or digits 11–16 all zero (a policy, not Luhn)
        const zeroBlock = /^\d0{10}/.test(s) || s.endsWith('000000');
        if (isValidCardNumber(s, { allowUnknownIssuer: true }) && !zeroBlock)
          expect(verifyCardNumber(s as unknown as number)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});
