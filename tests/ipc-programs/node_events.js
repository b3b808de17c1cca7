// Node's event loop (libuv: epoll, eventfd, signals) with a child process
// over pipes, a timer and a UNIX socket server in /tmp.
const { spawn } = require('child_process');
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');

setTimeout(() => console.log('timer fired'), 20);
const child = spawn('/bin/sh', ['-c', 'read x; echo "child got $x"']);
child.stdout.on('data', (d) => process.stdout.write('from child: ' + d));
child.on('close', (code) => {
  console.log('child exit', code);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node-'));
  const sock = path.join(dir, 's');
  const server = net.createServer((c) => c.on('data', (d) => c.end(d.toString().toUpperCase())));
  server.listen(sock, () => {
    const c = net.connect(sock, () => c.write('over a unix socket'));
    c.on('data', (d) => console.log('reply:', d.toString()));
    c.on('end', () => { server.close(); fs.rmSync(dir, { recursive: true }); console.log('done'); });
  });
});
child.stdin.end('hello\n');
