"""TLS listener for the card terminals in the stores.

Each terminal opens a connection, sends one JSON line with its batch totals and
waits for an ACK line.
"""
import json
import logging
import os
import socketserver
import ssl

from settlements.service import record_terminal_batch

log = logging.getLogger(__name__)

LISTEN_HOST = os.environ.get("TERMINAL_LISTEN_HOST", "localhost")
LISTEN_PORT = int(os.environ.get("TERMINAL_LISTEN_PORT", "8443"))
CERT_FILE = os.environ["TERMINAL_TLS_CERT"]
KEY_FILE = os.environ["TERMINAL_TLS_KEY"]


class BatchHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        line = self.rfile.readline(64 * 1024)
        try:
            batch = json.loads(line)
            record_terminal_batch(batch["terminal_id"], batch["totals"])
        except (ValueError, KeyError) as exc:
            log.warning("rejected batch from %s: %s", self.client_address[0], exc)
            self.wfile.write(b"NAK\n")
            return
        self.wfile.write(b"ACK\n")


class TLSServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, addr, handler):
        super().__init__(addr, handler)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
        ctx.load_cert_chain(CERT_FILE, KEY_FILE)
        self.socket = ctx.wrap_socket(self.socket, server_side=True)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    with TLSServer((LISTEN_HOST, LISTEN_PORT), BatchHandler) as server:
        log.info("listening on %s:%d", LISTEN_HOST, LISTEN_PORT)
        server.serve_forever()


if __name__ == "__main__":
    main()
