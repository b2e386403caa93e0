// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files it loads from its own package folder at
  // run time; bundling it breaks those paths.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

module.exports = nextConfig;
