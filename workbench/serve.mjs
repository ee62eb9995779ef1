#!/usr/bin/env node
/**
 * Serves workbench/dist on loopback: `npm start` (after building) and the browser test use it.
 *
 *   node workbench/serve.mjs            http://localhost:3001/ (PORT=… to change)
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir } from './rollup.config.mjs';

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.pdf': 'application/pdf',
    '.json': 'application/json; charset=utf-8',
    '.ico': 'image/x-icon'
};

/**
 * Starts the static server.
 * @param {{ port?: number, host?: string, dir?: string }} [options] port 0 picks a free one
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer({ port = 3001, host = '127.0.0.1', dir = distDir } = {}) {
    const server = http.createServer((request, response) => {
        let file;
        try {
            const { pathname } = new URL(request.url ?? '/', 'http://localhost');
            file = path.join(dir, decodeURIComponent(pathname));
        } catch {
            response.writeHead(400).end();
            return;
        }
        if (!file.startsWith(dir + path.sep) && file !== dir) {
            response.writeHead(403).end();
            return;
        }
        if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
            file = path.join(file, 'index.html');
        }
        if (request.method !== 'GET' && request.method !== 'HEAD') {
            response.writeHead(405, { allow: 'GET, HEAD' }).end();
            return;
        }
        fs.readFile(file, (error, content) => {
            if (error) {
                response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
                return;
            }
            response.writeHead(200, {
                'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
                'cache-control': 'no-store'
            });
            response.end(request.method === 'HEAD' ? undefined : content);
        });
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            const address = server.address();
            const shownHost = host === '127.0.0.1' ? 'localhost' : host;
            resolve({
                url: `http://${shownHost}:${address.port}/`,
                close: () => new Promise((done) => server.close(() => done()))
            });
        });
    });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    if (!fs.existsSync(path.join(distDir, 'app.js'))) {
        console.error(
            'workbench/dist is not built: run `node workbench/build.mjs` (npm start does)'
        );
        process.exit(1);
    }
    const port = process.env.PORT ? Number(process.env.PORT) : 3001;
    startServer({ port })
        .then(({ url }) => {
            console.log(`My Invoices workbench: ${url}  (Ctrl+C stops it)`);
            console.log(`  scenarios: ${url}?scenario=empty  ${url}?scenario=error`);
        })
        .catch((error) => {
            console.error(
                error.code === 'EADDRINUSE'
                    ? `Port ${port} is in use: PORT=3002 npm start`
                    : (error.stack ?? String(error))
            );
            process.exit(1);
        });
}
