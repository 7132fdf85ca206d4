#!/usr/bin/env python3
"""A mail server that accepts every message and throws it away, so the application's outbox sends its mail during a
benchmark as it would in production (instead of failing and retrying against a closed port 25).
Usage: smtp-sink.py PORT   (listens on 127.0.0.1; prints the number of messages received when stopped)"""
import signal
import socketserver
import sys
import threading

received = 0
lock = threading.Lock()


class Handler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode("ascii"))
        self.wfile.flush()

    def handle(self):
        global received
        self.reply("220 benchmark sink ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("latin-1").strip().upper()
            if command.startswith("EHLO"):
                self.wfile.write(b"250-benchmark sink\r\n250 8BITMIME\r\n")
                self.wfile.flush()
            elif command == "DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                while True:
                    data = self.rfile.readline()
                    if not data or data in (b".\r\n", b".\n"):
                        break
                with lock:
                    received += 1
                self.reply("250 accepted")
            elif command.startswith("QUIT"):
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    server = Server(("127.0.0.1", int(sys.argv[1])), Handler)

    def stop(*_):
        threading.Thread(target=server.shutdown).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    server.serve_forever()
    print(f"smtp sink: {received} messages received", flush=True)


if __name__ == "__main__":
    main()
