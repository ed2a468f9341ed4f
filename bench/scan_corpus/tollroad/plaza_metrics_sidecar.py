"""Emits plaza throughput counters to the node-local StatsD agent."""
from __future__ import annotations

import os
import socket
from contextlib import contextmanager
from time import perf_counter
from typing import Iterator


class StatsdEmitter:
    def __init__(self, prefix: str = "tollroad.plaza") -> None:
        host = os.environ.get("STATSD_HOST", "localhost")
        port = int(os.environ.get("STATSD_PORT", "8125"))
        self.addr = (host, port)
        self.prefix = prefix
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.setblocking(False)

    def _send(self, line: str) -> None:
        try:
            self.sock.sendto(line.encode("ascii"), self.addr)
        except (BlockingIOError, OSError):
            pass

    def incr(self, metric: str, value: int = 1, **tags: str) -> None:
        self._send(self._format(metric, f"{value}|c", tags))

    def timing(self, metric: str, ms: float, **tags: str) -> None:
        self._send(self._format(metric, f"{ms:.2f}|ms", tags))

    def _format(self, metric: str, body: str, tags: dict[str, str]) -> str:
        line = f"{self.prefix}.{metric}:{body}"
        if tags:
            line += "|#" + ",".join(f"{k}:{v}" for k, v in sorted(tags.items()))
        return line

    @contextmanager
    def timed(self, metric: str, **tags: str) -> Iterator[None]:
        start = perf_counter()
        try:
            yield
        finally:
            self.timing(metric, (perf_counter() - start) * 1000, **tags)


stats = StatsdEmitter()


def record_transaction(plaza: str, lane: str, method: str, vehicle_class: int) -> None:
    stats.incr("transactions", plaza=plaza, lane=lane, method=method, cls=str(vehicle_class))
