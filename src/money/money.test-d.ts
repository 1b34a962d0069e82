import { describe, expectTypeOf, it } from 'vitest';
import { addMoney, applyRate, compareMoney, type Money, money, rial, subtractMoney } from './index.js';

describe('currency safety', () => {
  it('keeps the currency in the type', () => {
    const irr = rial(1);
    const usd = money(1, 'USD');
    expectTypeOf(irr).toEqualTypeOf<Money<'IRR'>>();
    expectTypeOf(usd).toEqualTypeOf<Money<'USD'>>();
    expectTypeOf(addMoney(usd, usd)).toEqualTypeOf<Money<'USD'>>();
    expectTypeOf(applyRate(usd, '2', 'down')).toEqualTypeOf<Money<'USD'>>();
    // @ts-expect-error: Rial plus dollars does not compile
    addMoney(irr, usd);
    // @ts-expect-error: neither does subtracting them
    subtractMoney(usd, irr);
    // @ts-expect-error: nor comparing
    compareMoney(irr, usd);
    // @ts-expect-error: rates are strings or ratios, never floats
    applyRate(irr, 0.155, 'down');
    // @ts-expect-error: rounding is required and must be a known mode
    applyRate(irr, '0.1');
    // @ts-expect-error: fields are readonly
    irr.amount = '2';
  });
});
