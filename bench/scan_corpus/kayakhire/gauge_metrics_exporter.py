"""Exposes river-level and fleet metrics for the on-box Prometheus agent to scrape."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


@dataclass(frozen=True)
class ExporterConfig:
    bind_address: str = "127.0.0.1"
    port: int = 9464
    namespace: str = "kayakhire"


class MetricsRegistry:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._gauges: dict[str, float] = {}

    def set(self, name: str, value: float) -> None:
        with self._lock:
            self._gauges[name] = value

    def render(self, namespace: str) -> str:
        with self._lock:
            lines = [f"{namespace}_{name} {value}" for name, value in sorted(self._gauges.items())]
        return "\n".join(lines) + "\n"


def _handler_for(registry: MetricsRegistry, cfg: ExporterConfig) -> Callable[..., BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/metrics":
                body = registry.render(cfg.namespace).encode()
                ctype = "text/plain; version=0.0.4"
            elif self.path == "/healthz":
                body = json.dumps({"status": "ok"}).encode()
                ctype = "application/json"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args) -> None:
            return

    return Handler


def serve(registry: MetricsRegistry, cfg: ExporterConfig = ExporterConfig()) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((cfg.bind_address, cfg.port), _handler_for(registry, cfg))
    threading.Thread(target=server.serve_forever, name="metrics-exporter", daemon=True).start()
    return server
