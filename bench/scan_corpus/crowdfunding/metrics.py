"""StatsD metrics for pledge and payout flows.

Every app host runs the metrics agent as a sidecar, so by default we emit to
the loopback interface; STATSD_HOST overrides that for local docker setups.
"""

import os
import socket
import time
from contextlib import contextmanager

STATSD_HOST = os.environ.get("STATSD_HOST", "127.0.0.1")
STATSD_PORT = int(os.environ.get("STATSD_PORT", "8125"))
PREFIX = os.environ.get("STATSD_PREFIX", "crowdfund")


class Metrics:
    def __init__(self, host: str = STATSD_HOST, port: int = STATSD_PORT, prefix: str = PREFIX):
        self._addr = (host, port)
        self._prefix = prefix
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def _send(self, stat: str, value: str, kind: str, tags: dict | None = None) -> None:
        line = f"{self._prefix}.{stat}:{value}|{kind}"
        if tags:
            line += "|#" + ",".join(f"{k}:{v}" for k, v in sorted(tags.items()))
        try:
            self._sock.sendto(line.encode("utf-8"), self._addr)
        except OSError:
            pass

    def incr(self, stat: str, n: int = 1, **tags) -> None:
        self._send(stat, str(n), "c", tags)

    def gauge(self, stat: str, value: float, **tags) -> None:
        self._send(stat, f"{value:.4f}", "g", tags)

    @contextmanager
    def timed(self, stat: str, **tags):
        start = time.perf_counter()
        try:
            yield
        finally:
            self._send(stat, f"{(time.perf_counter() - start) * 1000:.1f}", "ms", tags)


metrics = Metrics()


def record_pledge(amount_cents: int, currency: str) -> None:
    metrics.incr("pledge.created", currency=currency.lower())
    metrics.gauge("pledge.amount", amount_cents / 100, currency=currency.lower())
