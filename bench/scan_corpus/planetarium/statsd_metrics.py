"""StatsD metrics for the ticket scanning gateway.

Every gateway host runs the Datadog agent, which listens for DogStatsD
packets on the loopback interface.
"""
import os
import socket
import time
from contextlib import contextmanager

STATSD_HOST = os.environ.get("STATSD_HOST", "127.0.0.1")
STATSD_PORT = int(os.environ.get("STATSD_PORT", "8125"))
PREFIX = "planetarium.scanning"


class Metrics:
    def __init__(self, host: str = STATSD_HOST, port: int = STATSD_PORT, prefix: str = PREFIX):
        self._addr = (host, port)
        self._prefix = prefix
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.setblocking(False)

    def _emit(self, name: str, value: float, kind: str, tags: dict | None) -> None:
        line = f"{self._prefix}.{name}:{value}|{kind}"
        if tags:
            line += "|#" + ",".join(f"{k}:{v}" for k, v in tags.items())
        try:
            self._sock.sendto(line.encode("utf-8"), self._addr)
        except OSError:
            pass  # metrics must never break scanning

    def incr(self, name: str, value: int = 1, tags: dict | None = None) -> None:
        self._emit(name, value, "c", tags)

    def timing(self, name: str, ms: float, tags: dict | None = None) -> None:
        self._emit(name, round(ms, 2), "ms", tags)

    @contextmanager
    def timed(self, name: str, tags: dict | None = None):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timing(name, (time.perf_counter() - start) * 1000, tags)


metrics = Metrics()
