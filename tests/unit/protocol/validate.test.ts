import { describe, expect, it } from 'vitest';
import { arrayOf, int, num, object, oneOf, optional, str } from '../../../utils/validate';

describe('shape checks', () => {
  it('accept values of the right shape and refuse others with null', () => {
    expect(str(5)('abc')).toBe('abc');
    expect(str(5)('abcdef')).toBeNull();
    expect(str(5, 1)('')).toBeNull();
    expect(num(0, 3)(2.5)).toBe(2.5);
    expect(num(0, 3)(Number.NaN)).toBeNull();
    expect(num(0, 3)(Infinity)).toBeNull();
    expect(int(0, 3)(1.5)).toBeNull();
    expect(oneOf(['a', 'b'] as const)('b')).toBe('b');
    expect(oneOf(['a', 'b'] as const)('toString')).toBeNull();
    expect(arrayOf(str(3), 2)(['a', 'b', 'c'])).toBeNull();
    expect(arrayOf(str(3), 2)(['a', 5])).toBeNull();
  });
  it('objects refuse unknown keys, missing required keys and prototype tricks', () => {
    const check = object({ a: str(3), b: optional(int(0, 9)) });
    expect(check({ a: 'x' })).toEqual({ a: 'x' });
    expect(check({ a: 'x', b: 4 })).toEqual({ a: 'x', b: 4 });
    expect(check({ a: 'x', b: 'four' })).toBeNull();
    expect(check({ a: 'x', extra: 1 })).toBeNull();
    expect(check({})).toBeNull();
    expect(check(JSON.parse('{"a":"x","__proto__":{"polluted":true}}'))).toBeNull();
    expect(check([])).toBeNull();
    expect(check(null)).toBeNull();
  });
});
