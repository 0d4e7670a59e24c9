// The native module loads with the first sign-in, not at start (0037).
let argon2: Promise<typeof import('@node-rs/argon2')> | undefined;
const loadArgon2 = () => (argon2 ??= import('@node-rs/argon2'));

// OWASP's argon2id floor: 19 MiB memory, 2 passes, 1 lane.
const ARGON2ID = {
  algorithm: 2 /* Algorithm.Argon2id: a const enum, so spelled out */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export async function hashPassword(password: string): Promise<string> {
  return (await loadArgon2()).hash(password, ARGON2ID);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await (await loadArgon2()).verify(storedHash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;
/** Checked when no account matches, so a wrong email takes as long as a wrong password. */
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('holdspace-decoy-password-never-used');
  return decoy;
}
