// Node's event loop (libuv: epoll, eventfd, signals) with a child process
// over pipes, a timer and a UNIX socket server in /tmp.
const { spawn } = require('child_process');
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');

// The timer runs while the child does; its line waits for the child's exit
// so the output order does not depend on which finishes first.
const timer = new Promise((resolve) => setTimeout(resolve, 20));
const child = spawn('/bin/sh', ['-c', 'read x; echo "child got $x"']);
child.stdout.on('data', (d) => process.stdout.write('from child: ' + d));
child.on('close', (code) => {
  console.log('child exit', code);
  timer.then(() => console.log('timer fired')).then(serve);
});

// A UNIX socket server in a fresh /tmp directory, one round trip to it.
function serve() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node-'));
  const sock = path.join(dir, 's');
  const server = net.createServer((c) => c.on('data', (d) => c.end(d.toString().toUpperCase())));
  server.listen(sock, () => {
    const c = net.connect(sock, () => c.write('over a unix socket'));
    c.on('data', (d) => console.log('reply:', d.toString()));
    c.on('end', () => { server.close(); fs.rmSync(dir, { recursive: true }); console.log('done'); });
  });
}
child.stdin.end('hello\n');
