/** Paths from scripts/e2e/setup.sh (run first by scripts/test-e2e.mjs, which passes them in the environment). */
export function e2eEnv(): { node24: string; codeServer: string; chromium: string; nvim: string } {
  const need = (k: string) => {
    const v = process.env[k];
    if (!v)
      throw new Error(
        `${k} is not set: run the end-to-end tests with "npm run test:e2e", which installs what they need`,
      );
    return v;
  };
  return { node24: need("NODE24"), codeServer: need("CODE_SERVER"), chromium: need("CHROMIUM"), nvim: need("NVIM") };
}
