/**
 * A small round-robin HTTP proxy for the scale bench: `node bench/proxy.ts PORT PORT…` listens on
 * loopback and sends each request to the next app server in turn (kept-alive connections), as a
 * load balancer in front of several attune servers would. Prints `{"port":N}` when listening.
 */
import { Agent, createServer, request } from 'node:http';

const ports = process.argv.slice(2).map(Number);
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
let next = 0;

const server = createServer((req, res) => {
  const port = ports[next++ % ports.length]!;
  const upstream = request(
    { host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers, agent },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
});
server.keepAliveTimeout = 10_000;
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as { port: number }).port }));
});
