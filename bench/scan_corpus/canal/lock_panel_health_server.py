"""Local health endpoint for the lock-side panel PC.

The panel's watchdog service polls this endpoint on the same machine; the
PLC address comes from the site provisioning environment.
"""
from __future__ import annotations

import json
import os
import socket
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class PanelSettings:
    plc_host: str = field(default_factory=lambda: os.environ["LOCK_PLC_HOST"])
    plc_port: int = field(default_factory=lambda: int(os.environ.get("LOCK_PLC_PORT", "502")))
    health_bind: tuple[str, int] = ("127.0.0.1", 9105)
    probe_timeout: float = 1.5


def plc_reachable(settings: PanelSettings) -> bool:
    try:
        with socket.create_connection((settings.plc_host, settings.plc_port), settings.probe_timeout):
            return True
    except OSError:
        return False


class HealthHandler(BaseHTTPRequestHandler):
    settings: PanelSettings
    started = time.monotonic()

    def do_GET(self) -> None:
        if self.path != "/healthz":
            self.send_error(404)
            return
        body = json.dumps({
            "plc": plc_reachable(self.settings),
            "uptime_s": int(time.monotonic() - self.started),
        }).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt: str, *args) -> None:
        return


def serve(settings: PanelSettings) -> None:
    handler = type("BoundHealthHandler", (HealthHandler,), {"settings": settings})
    with ThreadingHTTPServer(settings.health_bind, handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    serve(PanelSettings())
