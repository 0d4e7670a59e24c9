export const PASSWORD_HINT = 'At least 12 characters. There are no other rules: a few unrelated words strung together work well.';
