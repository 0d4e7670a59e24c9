import { dictionary } from '@zxcvbn-ts/language-common';

// The ~49,000 most common passwords from leaked sets, as shipped by zxcvbn-ts (MIT).
const list: readonly string[] = dictionary['passwords-common'] as readonly string[];
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(list.map((p) => p.toLowerCase()));
