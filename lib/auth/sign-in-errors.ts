// Sign-in error codes (thrown by authorize()) and what the sign-in page says for each.
export const SIGN_IN_ERRORS = {
  CredentialsSignin: "Wrong email or password.",
  Throttled:
    "Too many failed sign-in attempts. Wait a few minutes, then try again: your account is not locked, only slowed down.",
  Deactivated: "This account has been deactivated. Ask an admin to reactivate it.",
} as const;

export type SignInErrorCode = keyof typeof SIGN_IN_ERRORS;

export function signInMessage(code: string | null | undefined): string {
  return code && code in SIGN_IN_ERRORS
    ? SIGN_IN_ERRORS[code as SignInErrorCode]
    : "Sign-in failed. Try again in a moment.";
}
