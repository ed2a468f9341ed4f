"""Emit fuel-farm metrics to the node-local StatsD agent that forwards them to monitoring."""
from __future__ import annotations

import socket
from contextlib import contextmanager
from dataclasses import dataclass
from time import perf_counter
from typing import Iterator


@dataclass(frozen=True)
class AgentAddress:
    host: str = "127.0.0.1"
    port: int = 8125


class FuelMetrics:
    """Fire-and-forget UDP metrics; the agent runs as a sidecar on every ops host."""

    def __init__(self, prefix: str = "heliops.fuel", agent: AgentAddress = AgentAddress()) -> None:
        self.prefix = prefix
        self.agent = agent
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def _emit(self, name: str, value: float, kind: str, tags: dict[str, str] | None = None) -> None:
        line = f"{self.prefix}.{name}:{value}|{kind}"
        if tags:
            line += "|#" + ",".join(f"{k}:{v}" for k, v in sorted(tags.items()))
        try:
            self._sock.sendto(line.encode(), (self.agent.host, self.agent.port))
        except OSError:
            pass

    def uplift(self, bowser: str, litres: float) -> None:
        self._emit("uplift_litres", round(litres, 1), "c", {"bowser": bowser})

    def tank_level(self, tank: str, percent: float) -> None:
        self._emit("tank_level_pct", round(percent, 1), "g", {"tank": tank})

    @contextmanager
    def timed(self, name: str, **tags: str) -> Iterator[None]:
        start = perf_counter()
        try:
            yield
        finally:
            self._emit(name, round((perf_counter() - start) * 1000, 2), "ms", tags)

    def close(self) -> None:
        self._sock.close()


if __name__ == "__main__":
    metrics = FuelMetrics()
    with metrics.timed("daily_reconcile", site="lw"):
        metrics.uplift("BWR-1", 412.6)
        metrics.tank_level("T1", 63.2)
    metrics.close()
