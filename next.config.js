/** @type {import('next').NextConfig} */
const nextConfig = {
  // The database driver and the queue stay plain Node dependencies rather than being bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pg-boss", "nodemailer"],
  poweredByHeader: false,
  // Set by `npm test` so the e2e build does not overwrite the `npm start` build in .next/.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
