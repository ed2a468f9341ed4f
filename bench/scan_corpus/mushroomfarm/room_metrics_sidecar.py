"""Exposes room climate gauges to the node-local metrics agent."""

from __future__ import annotations

import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

GAUGES: dict[str, float] = {}
_lock = threading.Lock()


def set_gauge(room: str, metric: str, value: float) -> None:
    with _lock:
        GAUGES[f'farm_{metric}{{room="{room}"}}'] = value


def render() -> str:
    with _lock:
        return "".join(f"{name} {value}\n" for name, value in sorted(GAUGES.items()))


class MetricsHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path != "/metrics":
            self.send_error(404)
            return
        body = render().encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; version=0.0.4")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt: str, *args: object) -> None:
        return


class SidecarConfig:
    bind_address = "127.0.0.1"
    port = int(os.environ.get("METRICS_PORT", "9464"))


def serve(config: type[SidecarConfig] = SidecarConfig) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((config.bind_address, config.port), MetricsHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
