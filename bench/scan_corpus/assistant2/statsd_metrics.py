"""Tiny StatsD emitter for the background workers.

Each host runs the metrics agent as a local sidecar listening on UDP 8125,
so by default we send to the loopback interface.
"""
from __future__ import annotations

import os
import socket
import time
from contextlib import contextmanager
from typing import Iterator

STATSD_HOST = os.environ.get("STATSD_HOST", "127.0.0.1")
STATSD_PORT = int(os.environ.get("STATSD_PORT", "8125"))
PREFIX = os.environ.get("STATSD_PREFIX", "workers")


class StatsdClient:
    """Fire-and-forget UDP client; errors never propagate to callers."""

    def __init__(self, host: str = STATSD_HOST, port: int = STATSD_PORT, prefix: str = PREFIX) -> None:
        self._addr = (host, port)
        self._prefix = prefix
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def _send(self, payload: str) -> None:
        try:
            self._sock.sendto(payload.encode("ascii"), self._addr)
        except OSError:
            pass

    def incr(self, name: str, value: int = 1) -> None:
        self._send(f"{self._prefix}.{name}:{value}|c")

    def gauge(self, name: str, value: float) -> None:
        self._send(f"{self._prefix}.{name}:{value}|g")

    def timing(self, name: str, ms: float) -> None:
        self._send(f"{self._prefix}.{name}:{ms:.3f}|ms")

    @contextmanager
    def timer(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timing(name, (time.perf_counter() - start) * 1000)


metrics = StatsdClient()
