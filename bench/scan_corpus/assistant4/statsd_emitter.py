"""Tiny StatsD emitter used by the billing worker.

The DogStatsD agent runs as a sidecar in the same pod, so metrics go to the
loopback address unless STATSD_HOST says otherwise.
"""
import os
import socket
import time
from contextlib import contextmanager

STATSD_HOST = os.environ.get("STATSD_HOST", "127.0.0.1")
STATSD_PORT = int(os.environ.get("STATSD_PORT", "8125"))


class StatsD:
    def __init__(self, prefix: str, host: str = STATSD_HOST, port: int = STATSD_PORT):
        self.prefix = prefix
        self._addr = (host, port)
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def _send(self, stat: str, value, kind: str, tags: dict | None = None) -> None:
        line = f"{self.prefix}.{stat}:{value}|{kind}"
        if tags:
            line += "|#" + ",".join(f"{k}:{v}" for k, v in sorted(tags.items()))
        try:
            self._sock.sendto(line.encode("ascii"), self._addr)
        except OSError:
            pass  # metrics are best effort

    def incr(self, stat: str, count: int = 1, **tags) -> None:
        self._send(stat, count, "c", tags)

    def gauge(self, stat: str, value: float, **tags) -> None:
        self._send(stat, value, "g", tags)

    @contextmanager
    def timer(self, stat: str, **tags):
        start = time.perf_counter()
        try:
            yield
        finally:
            self._send(stat, round((time.perf_counter() - start) * 1000, 3), "ms", tags)


metrics = StatsD("billing")
