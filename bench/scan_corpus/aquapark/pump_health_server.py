"""Local health and metrics endpoint for the pump-room gateway agent.

The agent runs next to the filtration controllers; a sidecar exporter on the
same host scrapes this endpoint and forwards metrics to the monitoring stack.
"""
from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class AgentState:
    started_at: float = field(default_factory=time.time)
    last_poll_ok: float = 0.0
    polls_failed: int = 0

    def snapshot(self) -> dict:
        return {
            "uptime_s": round(time.time() - self.started_at, 1),
            "last_poll_age_s": round(time.time() - self.last_poll_ok, 1) if self.last_poll_ok else None,
            "polls_failed": self.polls_failed,
        }


@dataclass(frozen=True)
class HealthBind:
    address: str = "127.0.0.1"
    port: int = field(default_factory=lambda: int(os.environ.get("PUMP_AGENT_HEALTH_PORT", "9464")))


def make_handler(state: AgentState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/health":
                self.send_error(404)
                return
            body = json.dumps(state.snapshot()).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, fmt: str, *args) -> None:
            return

    return Handler


def serve_health(state: AgentState, bind: HealthBind | None = None) -> ThreadingHTTPServer:
    bind = bind or HealthBind()
    server = ThreadingHTTPServer((bind.address, bind.port), make_handler(state))
    threading.Thread(target=server.serve_forever, name="health", daemon=True).start()
    return server
