"""Emit per-bay counters and gauges to the fleet StatsD collector."""
from __future__ import annotations

import os
import socket
from contextlib import contextmanager
from time import perf_counter
from typing import Iterator, Mapping


class StatsdSettings:
    def __init__(self, environ: Mapping[str, str] = os.environ) -> None:
        self.host = environ["STATSD_HOST"]
        self.port = int(environ.get("STATSD_PORT", "8125"))
        self.prefix = environ.get("STATSD_PREFIX", "carwash")
        self.site = environ["SITE_CODE"]


class StatsdEmitter:
    def __init__(self, settings: StatsdSettings | None = None) -> None:
        self.settings = settings or StatsdSettings()
        self._target = (self.settings.host, self.settings.port)
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def _metric(self, name: str) -> str:
        return f"{self.settings.prefix}.{self.settings.site}.{name}"

    def _send(self, line: str) -> None:
        try:
            self._sock.sendto(line.encode("ascii"), self._target)
        except OSError:
            pass

    def incr(self, name: str, value: int = 1) -> None:
        self._send(f"{self._metric(name)}:{value}|c")

    def gauge(self, name: str, value: float) -> None:
        self._send(f"{self._metric(name)}:{value:.3f}|g")

    def timing(self, name: str, millis: float) -> None:
        self._send(f"{self._metric(name)}:{millis:.1f}|ms")

    @contextmanager
    def timed(self, name: str) -> Iterator[None]:
        start = perf_counter()
        try:
            yield
        finally:
            self.timing(name, (perf_counter() - start) * 1000)


def record_wash(emitter: StatsdEmitter, bay_id: str, package: str, water_litres: float) -> None:
    emitter.incr(f"bay.{bay_id}.washes")
    emitter.incr(f"package.{package}.sold")
    emitter.gauge(f"bay.{bay_id}.water_litres", water_litres)
