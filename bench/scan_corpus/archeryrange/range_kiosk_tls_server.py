"""Check-in kiosk service for the indoor range.

Tablets mounted at the range entrance post member card swipes to this small
HTTPS service, which records who is shooting and on which lane so the
range safety officer has a live list in case of evacuation.
"""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import ssl
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

log = logging.getLogger("range_kiosk")

DB_PATH = os.environ.get("KIOSK_DB", "/var/lib/range-kiosk/checkins.db")
CERT_FILE = os.environ.get("KIOSK_CERT", "/etc/range-kiosk/tls/cert.pem")
KEY_FILE = os.environ.get("KIOSK_KEY", "/etc/range-kiosk/tls/key.pem")


def build_tls_context() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1
    context.load_cert_chain(certfile=CERT_FILE, keyfile=KEY_FILE)
    return context


class CheckInHandler(BaseHTTPRequestHandler):
    server_version = "RangeKiosk/1.4"

    def _reply(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        if self.path != "/checkin":
            self._reply(404, {"error": "not found"})
            return
        length = int(self.headers.get("Content-Length", "0"))
        if length <= 0 or length > 4096:
            self._reply(400, {"error": "bad request"})
            return
        payload = json.loads(self.rfile.read(length))
        card = str(payload.get("card", "")).strip()
        lane = int(payload.get("lane", 0))
        if not card or not 1 <= lane <= 24:
            self._reply(422, {"error": "card and lane required"})
            return
        with sqlite3.connect(DB_PATH) as conn:
            conn.execute(
                "INSERT INTO checkins (card_no, lane, checked_in_at) VALUES (?, ?, ?)",
                (card, lane, datetime.now(timezone.utc).isoformat()),
            )
        log.info("Card %s checked in on lane %d", card[-4:], lane)
        self._reply(201, {"lane": lane})

    def log_message(self, fmt: str, *args) -> None:
        log.debug("%s - %s", self.address_string(), fmt % args)


def serve(host: str, port: int) -> None:
    httpd = ThreadingHTTPServer((host, port), CheckInHandler)
    httpd.socket = build_tls_context().wrap_socket(httpd.socket, server_side=True)
    log.info("Kiosk check-in service listening on %s:%d", host, port)
    httpd.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    serve(os.environ["KIOSK_BIND_ADDR"], int(os.environ.get("KIOSK_PORT", "8443")))
