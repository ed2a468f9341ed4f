"""StatsD client for gateway services.

Metrics go to the statsd agent running on the gateway itself, which
batches and forwards them when the uplink is available.
"""
import os
import socket
import time
from contextlib import contextmanager

STATSD_HOST = os.environ.get("STATSD_HOST", "127.0.0.1")
STATSD_PORT = int(os.environ.get("STATSD_PORT", "8125"))


class Metrics:
    def __init__(self, prefix: str, host: str = STATSD_HOST, port: int = STATSD_PORT):
        self.prefix = prefix.rstrip(".")
        self.addr = (host, port)
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def _send(self, line: str) -> None:
        try:
            self._sock.sendto(f"{self.prefix}.{line}".encode("ascii"), self.addr)
        except OSError:
            pass

    def incr(self, name: str, value: int = 1) -> None:
        self._send(f"{name}:{value}|c")

    def gauge(self, name: str, value: float) -> None:
        self._send(f"{name}:{value}|g")

    def timing(self, name: str, ms: float) -> None:
        self._send(f"{name}:{ms:.1f}|ms")

    @contextmanager
    def timer(self, name: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timing(name, (time.perf_counter() - start) * 1000)
