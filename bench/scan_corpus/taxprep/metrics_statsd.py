"""StatsD metrics for the e-file gateway workers.

Metrics go to the node-local Datadog agent, which listens on the loopback
interface on every worker host.
"""
import os
import socket
from contextlib import contextmanager
from time import perf_counter

STATSD_HOST = os.environ.get("STATSD_HOST", "127.0.0.1")
STATSD_PORT = int(os.environ.get("STATSD_PORT", "8125"))
PREFIX = "efile.gateway"


class Metrics:
    def __init__(self, host: str = STATSD_HOST, port: int = STATSD_PORT, prefix: str = PREFIX):
        self._addr = (host, port)
        self._prefix = prefix
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def _send(self, metric: str, value, kind: str, tags: dict | None = None) -> None:
        line = f"{self._prefix}.{metric}:{value}|{kind}"
        if tags:
            line += "|#" + ",".join(f"{k}:{v}" for k, v in tags.items())
        try:
            self._sock.sendto(line.encode("ascii"), self._addr)
        except OSError:
            pass

    def incr(self, metric: str, n: int = 1, **tags) -> None:
        self._send(metric, n, "c", tags)

    def gauge(self, metric: str, value: float, **tags) -> None:
        self._send(metric, value, "g", tags)

    @contextmanager
    def timer(self, metric: str, **tags):
        start = perf_counter()
        try:
            yield
        finally:
            self._send(metric, int((perf_counter() - start) * 1000), "ms", tags)


metrics = Metrics()
