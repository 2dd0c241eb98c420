import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import { createServer } from 'node:http';
import { Logger } from '@nestjs/common';
import { setupMaster, setupWorker } from '@socket.io/sticky';
import { type Server as SocketServer } from 'socket.io';
import { createApp } from './app.factory';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config';

/**
 * `npm run start:cluster`: N server processes behind one port. The primary process only accepts connections and
 * hands each one to a worker, keeping every Socket.IO session on the worker that started it (sticky sessions,
 * needed by the long-polling transport); the workers run the whole application on the shared PostgreSQL server,
 * and their broadcasts reach each other's sockets through the Socket.IO adapter (PostgreSQL or Redis).
 * A worker that dies is replaced; its clients reconnect and catch up from the database.
 *
 *   node server/dist/cluster.js [--workers N]      (or CLUSTER_WORKERS=N; default 2)
 */

const READY = 'thb:worker-ready';
/**
 * Added to a starting worker's connection count, which @socket.io/sticky's least-connection balancing reads
 * (`worker.clientsCount`), so that new connections go to the workers already serving while another starts: the
 * clients of a worker that died reconnect at once instead of waiting for its replacement.
 */
const STARTING = 1_000_000;
/** A worker that dies sooner than this after its start is not replaced at once, so a crash loop cannot spin. */
const RESTART_BACKOFF_MS = 1_000;

function readConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`THB Platform cannot start. ${err.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
}

function workersFromArgs(fallback: number): number {
  const i = process.argv.indexOf('--workers');
  if (i < 0) {
    return fallback;
  }
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    console.error('THB Platform cannot start. --workers must be a whole number from 1 to 64.');
    process.exit(64); // EX_USAGE
  }
  return n;
}

function runPrimary(): void {
  const config = readConfigOrExit();
  const logger = new Logger('Cluster');
  if (config.database.driver !== 'postgres') {
    console.error(
      'THB Platform cannot start several processes on the embedded database: it belongs to one process. ' +
        'Set DATABASE_URL to a PostgreSQL server (see "Running against a real PostgreSQL" in the README), ' +
        'or use `npm start` for one process.',
    );
    process.exit(78);
  }
  const count = workersFromArgs(config.clusterWorkers);
  // Every worker must sign and check tokens with the same keys, or a token from one would fail on the others.
  const workerEnv: Record<string, string> = config.jwt.ephemeral
    ? { JWT_ACCESS_SECRET: config.jwt.accessSecret, JWT_REFRESH_SECRET: config.jwt.refreshSecret }
    : {};
  // Sticky hands over the first bytes of each connection as a Buffer, which the default JSON channel would mangle.
  cluster.setupPrimary({ serialization: 'advanced' });

  const httpServer = createServer();
  setupMaster(httpServer, { loadBalancingMethod: 'least-connection' });
  let stopping = false;
  let listening = false;
  const ready = new Set<Worker>();
  // Port taken, or not allowed: say so, stop the workers, exit with 1.
  httpServer.on('error', (err: NodeJS.ErrnoException) => {
    console.error(
      err.code === 'EADDRINUSE'
        ? `THB Platform cannot start: ${config.host}:${config.port} is already in use (set PORT to another port).`
        : `THB Platform cannot listen on ${config.host}:${config.port}: ${err.message}`,
    );
    for (const worker of Object.values(cluster.workers ?? {})) {
      worker?.process.kill('SIGTERM');
    }
    stopping = true;
    process.exitCode = 1;
  });

  const fork = () => {
    const worker = cluster.fork(workerEnv) as Worker & { clientsCount?: number };
    worker.clientsCount = STARTING;
    const startedAt = Date.now();
    worker.on('message', (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type !== READY) {
        return;
      }
      ready.add(worker);
      worker.clientsCount = (worker.clientsCount ?? STARTING) - STARTING;
      logger.log(`worker ${worker.id} (pid ${worker.process.pid}) ready, ${ready.size} of ${count}`);
      if (!listening) {
        listening = true;
        httpServer.listen(config.port, config.host, () => {
          const url = config.publicUrl ?? `http://localhost:${config.port}`;
          logger.log(`listening on ${url}: ${count} workers, broadcasts through ${config.broadcast.adapter}`);
          if (config.env !== 'production') {
            console.warn(`\n  THB Platform is ready at ${url} with ${count} server processes\n`);
          }
        });
      }
      // Workers start one after the other: the first applies the migrations, the others find them done.
      if (cluster.workers && Object.keys(cluster.workers).length < count) {
        fork();
      }
    });
    worker.on('exit', (code, signal) => {
      const wasReady = ready.delete(worker);
      if (stopping) {
        return;
      }
      logger.error(`worker ${worker.id} (pid ${worker.process.pid}) exited (${signal ?? code})`);
      if (!wasReady && !listening) {
        // It never started (configuration, database unreachable…): its output says why; the others would fail too.
        process.exit(typeof code === 'number' && code !== 0 ? code : 1);
      }
      setTimeout(fork, Math.max(0, RESTART_BACKOFF_MS - (Date.now() - startedAt)));
    });
  };

  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.log(`${signal} received, stopping ${Object.keys(cluster.workers ?? {}).length} workers`);
    httpServer.close();
    setTimeout(() => {
      logger.error(`workers did not stop within ${config.shutdownTimeoutMs} ms, exiting`);
      process.exit(1);
    }, config.shutdownTimeoutMs + 1_000).unref();
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    for (const worker of workers) {
      worker.process.kill('SIGTERM');
    }
    void Promise.all(
      workers.map((w) => new Promise((resolve) => (w.isDead() ? resolve(null) : w.once('exit', resolve)))),
    ).then(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  fork();
}

async function runWorker(): Promise<void> {
  // The primary may hand this worker connections while it is still starting (it does not know when it is
  // ready): they wait here, unread, and are served once it is.
  const early: [unknown, unknown][] = [];
  const hold = (message: unknown, handle: unknown) => early.push([message, handle]);
  process.on('message', hold);
  const config = readConfigOrExit();
  let io: SocketServer | undefined;
  const app = await createApp(config, { onSocketServer: (server) => (io = server) });
  const logger = new Logger('Bootstrap');
  // As main.ts does through Nest's shutdown hooks, by hand: a terminal's Ctrl-C reaches the workers and the
  // primary, which then sends SIGTERM too, and the second signal must not cut the graceful shutdown short.
  let closing: Promise<void> | undefined;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      closing ??= (async () => {
        logger.log(`${signal} received, shutting down`);
        setTimeout(() => {
          logger.error(`shutdown did not finish within ${config.shutdownTimeoutMs} ms, exiting`);
          process.exit(1);
        }, config.shutdownTimeoutMs).unref();
        await app.close();
        // The IPC channel to the primary would keep the process alive.
        process.exit(0);
      })();
    });
  }
  // No listen(): the primary accepts the connections and passes them to this worker's HTTP server.
  await app.init();
  if (!io) {
    throw new Error('the Socket.IO server was not created');
  }
  setupWorker(io);
  process.off('message', hold);
  const replay = process.emit.bind(process) as unknown as (
    event: 'message',
    message: unknown,
    handle: unknown,
  ) => boolean;
  for (const [message, handle] of early.splice(0)) {
    replay('message', message, handle);
  }
  process.send?.({ type: READY });
}

if (cluster.isPrimary) {
  runPrimary();
} else {
  runWorker().catch((err: unknown) => {
    console.error('THB Platform worker failed to start:', err);
    process.exit(1);
  });
}
