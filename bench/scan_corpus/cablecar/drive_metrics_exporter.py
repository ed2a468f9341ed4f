"""Exposes drive-station metrics (rope speed, motor current, brake state) for the local Prometheus agent."""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

LISTEN_ADDRESS = ("127.0.0.1", int(os.environ.get("DRIVE_METRICS_PORT", "9464")))


@dataclass
class DriveReading:
    line: str
    rope_speed_mps: float
    motor_current_a: float
    brake_engaged: bool
    wind_hold: bool


def render(readings: list[DriveReading]) -> str:
    out = [
        "# TYPE lift_rope_speed_mps gauge",
        "# TYPE lift_motor_current_amperes gauge",
        "# TYPE lift_brake_engaged gauge",
        "# TYPE lift_wind_hold gauge",
    ]
    for r in readings:
        label = f'{{line="{r.line}"}}'
        out.append(f"lift_rope_speed_mps{label} {r.rope_speed_mps:.3f}")
        out.append(f"lift_motor_current_amperes{label} {r.motor_current_a:.1f}")
        out.append(f"lift_brake_engaged{label} {int(r.brake_engaged)}")
        out.append(f"lift_wind_hold{label} {int(r.wind_hold)}")
    return "\n".join(out) + "\n"


def make_handler(source: Callable[[], list[DriveReading]]):
    class MetricsHandler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/metrics":
                self.send_error(404)
                return
            body = render(source()).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; version=0.0.4")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, fmt: str, *args) -> None:
            return

    return MetricsHandler


def serve(source: Callable[[], list[DriveReading]]) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(LISTEN_ADDRESS, make_handler(source))
    thread = threading.Thread(target=server.serve_forever, name="drive-metrics", daemon=True)
    thread.start()
    return server


if __name__ == "__main__":
    demo = lambda: [DriveReading("GB1", 6.0, 212.4, False, False)]
    serve(demo)
    while True:
        time.sleep(3600)
