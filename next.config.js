// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files it loads from its own package folder at
  // run time; bundling it breaks those paths.
  // pdfkit (the briefing pack's PDF) loads its modules and fontkit's data the same way.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "pdfkit"],
  // Lets several builds live side by side (parallel test runs on one machine).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Resolve <title> and metadata before the page is sent, for every client, rather
  // than streaming them in later: screen readers announce the title on load.
  htmlLimitedBots: /.*/,
  // `npm test` typechecks as its own stage (tsc --noEmit); checking again inside every
  // build only doubles the time.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  typedRoutes: false,
  // Headers for every response, static files included. The Content-Security-Policy,
  // which needs a fresh nonce per response, is set in proxy.ts.
  async headers() {
    const security = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
    ];
    if (process.env.NODE_ENV === "production" && process.env.DISABLE_HSTS !== "1") {
      security.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
    }
    return [{ source: "/:path*", headers: security }];
  },
};

module.exports = nextConfig;
