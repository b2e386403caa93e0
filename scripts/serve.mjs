// Serves the built app, like `next start`, with one difference that matters for
// security: every request's X-Forwarded-For gets the address of the TCP peer appended.
//
// Why a server of our own: `next start` fills in X-Forwarded-For from the socket only
// when the request has none (`??=` in next/dist/server/base-server.js), so a client
// that sends the header itself hides its real address, and Next offers no other way
// to read the socket address from a route handler or server action. Appending keeps
// the header's ordinary meaning (each hop adds the address it received from), so the
// right-most entry is always the socket peer, and lib/auth/client-address.ts walks
// leftwards past the proxies named in TRUSTED_PROXIES.
//
// Usage: node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]
import http from "node:http";
import next from "next";

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

const port = Number(option("port", process.env.PORT ?? "3000"));
const hostname = option("hostname", process.env.HOSTNAME ?? "0.0.0.0");

// Tells lib/auth/client-address.ts that the right-most X-Forwarded-For entry was
// written by this server (under plain `next start` it may be the client's own).
process.env.CLIENT_ADDRESS_APPENDED = "1";

const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

http
  .createServer((request, response) => {
    const peer = request.socket.remoteAddress ?? "unknown";
    // Node joins repeated X-Forwarded-For headers with ", ", so one string arrives here.
    const forwarded = request.headers["x-forwarded-for"];
    request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
    handle(request, response);
  })
  .listen(port, hostname, () => console.log(`Ready on http://${hostname}:${port}`));
