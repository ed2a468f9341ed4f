"""Minimal StatsD emitter for the camp booking workers.

The agent runs as a sidecar in every pod, so by default we talk to loopback.
"""

import os
import socket
import time
from contextlib import contextmanager

STATSD_HOST = os.environ.get("STATSD_HOST", "127.0.0.1")
STATSD_PORT = int(os.environ.get("STATSD_PORT", "8125"))
PREFIX = os.environ.get("STATSD_PREFIX", "scouts.camp_bookings")


class Metrics:
    def __init__(self, host: str = STATSD_HOST, port: int = STATSD_PORT, prefix: str = PREFIX):
        self._addr = (host, port)
        self._prefix = prefix
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def _send(self, line: str) -> None:
        try:
            self._sock.sendto(f"{self._prefix}.{line}".encode("ascii"), self._addr)
        except OSError:
            # Metrics are best-effort; never let them break a booking.
            pass

    def incr(self, name: str, value: int = 1) -> None:
        self._send(f"{name}:{value}|c")

    def gauge(self, name: str, value: float) -> None:
        self._send(f"{name}:{value}|g")

    @contextmanager
    def timer(self, name: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self._send(f"{name}:{(time.perf_counter() - start) * 1000:.1f}|ms")


metrics = Metrics()
