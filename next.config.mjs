/** @type {import('next').NextConfig} */
const isProd = process.env.NODE_ENV === "production";

// A strict CSP: no unsafe-eval in production (React dev tooling needs it in dev).
// Next injects small inline bootstrap scripts, hence 'unsafe-inline' for scripts; styles likewise.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isProd ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

const nextConfig = {
  // A separate build folder per checkout of work in progress (NEXT_DIST_DIR=.next-foo), default .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // `npm test` type-checks the whole project with tsc first; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  experimental: {
    // Fewer, bigger shared chunks: the code every page loads (React DOM, Next's runtime, which
    // Turbopack otherwise splits into five or six files by default thresholds) comes as one file,
    // and one gzip stream over it is ~2.6 kB smaller than the parts compressed apart. The sizes are
    // of unminified code (React DOM + Next's runtime ≈ 1 MB of it). Page chunks and lazily loaded
    // code stay separate (measured: docs/performance.md, 2026-12-02).
    turbopackChunking: { minChunkSize: 1_000_000, maxMergeChunkSize: 2_000_000 },
  },
  // NLP packages and the native libSQL client stay outside the server bundle.
  serverExternalPackages: ["compromise", "wink-nlp", "wink-eng-lite-web-model", "chrono-node", "@libsql/client", "libsql", "@open-spaced-repetition/binding"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: csp },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
