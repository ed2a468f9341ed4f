"""HTTPS server for the launch-field operations board shown on crew tablets."""
from __future__ import annotations

import json
import os
import ssl
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, List


class BoardTlsOptions:
    certfile = os.environ.get("OPS_BOARD_CERT", "/etc/balloonops/tls/board.crt")
    keyfile = os.environ.get("OPS_BOARD_KEY", "/etc/balloonops/tls/board.key")
    lowest_version = ssl.TLSVersion.TLSv1_2

    def context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.minimum_version = self.lowest_version
        ctx.load_cert_chain(self.certfile, self.keyfile)
        return ctx


class BoardState:
    flights: List[Dict[str, str]] = []

    @classmethod
    def snapshot(cls) -> bytes:
        return json.dumps({"flights": cls.flights}).encode()


class BoardHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path != "/board.json":
            self.send_error(404)
            return
        body = BoardState.snapshot()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve(port: int = 8443, options: BoardTlsOptions | None = None) -> None:
    options = options or BoardTlsOptions()
    httpd = ThreadingHTTPServer(("", port), BoardHandler)
    httpd.socket = options.context().wrap_socket(httpd.socket, server_side=True)
    httpd.serve_forever()


if __name__ == "__main__":
    serve(int(os.environ.get("OPS_BOARD_PORT", "8443")))
