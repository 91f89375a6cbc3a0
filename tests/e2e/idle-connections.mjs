#!/usr/bin/env node
// Helper of client-faults.test.mjs, run in its own process so that it can have a raised descriptor limit:
// opens COUNT keep-alive connections to HOST:PORT, sends `GET /health` on each and reads the reply, then keeps
// them all open and idle. Prints one JSON line {opened, statuses, failed} when done; closes everything and prints
// {"closed":true} when a line "close" arrives on stdin.
//
//   node idle-connections.mjs PORT COUNT
import net from 'node:net';
import readline from 'node:readline';

const port = Number(process.argv[2]);
const count = Number(process.argv[3]);
const BATCH = 250; // stays well inside the server's listen backlog
const sockets = [];
const statuses = {};
let failed = 0;

function openOne() {
    return new Promise(resolve => {
        const socket = net.connect(port, '127.0.0.1');
        let received = '';
        const done = status => {
            if (status) statuses[status] = (statuses[status] ?? 0) + 1;
            else ++failed;
            resolve();
        };
        socket.setEncoding('latin1');
        socket.on('connect', () => socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'));
        socket.on('data', d => {
            received += d;
            const head = received.indexOf('\r\n\r\n');
            const length = /content-length:\s*(\d+)/i.exec(received);
            if (head >= 0 && length && received.length >= head + 4 + Number(length[1])) {
                socket.removeAllListeners('data');
                done(Number(received.slice(9, 12)));
            }
        });
        socket.on('error', () => {});
        socket.on('close', () => { if (!received) done(0); });
        sockets.push(socket);
    });
}

for (let i = 0; i < count; i += BATCH)
    await Promise.all(Array.from({ length: Math.min(BATCH, count - i) }, openOne));
process.stdout.write(JSON.stringify({ opened: sockets.filter(s => !s.destroyed).length, statuses, failed }) + '\n');

readline.createInterface({ input: process.stdin }).on('line', line => {
    if (line.trim() !== 'close') return;
    for (const socket of sockets) socket.destroy();
    process.stdout.write(JSON.stringify({ closed: true }) + '\n');
    process.exit(0);
});
