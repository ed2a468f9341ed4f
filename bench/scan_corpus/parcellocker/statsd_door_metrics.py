"""Emit door cycle counters to the statsd agent running beside each controller."""
from __future__ import annotations

import socket
import time
from contextlib import contextmanager
from typing import Iterator

AGENT_ADDR = ("127.0.0.1", 8125)
METRIC_PREFIX = "locker.door"


class DoorMetrics:
    """Fire-and-forget statsd client bound to the on-box agent over loopback."""

    def __init__(self, locker_id: str, addr: tuple[str, int] = AGENT_ADDR) -> None:
        self.locker_id = locker_id
        self._addr = addr
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.setblocking(False)

    def _emit(self, name: str, value: float, kind: str, tags: dict[str, str]) -> None:
        tag_str = ",".join(f"{k}:{v}" for k, v in {"locker": self.locker_id, **tags}.items())
        line = f"{METRIC_PREFIX}.{name}:{value}|{kind}|#{tag_str}"
        try:
            self._sock.sendto(line.encode(), self._addr)
        except BlockingIOError:
            pass

    def opened(self, compartment: int, actor: str) -> None:
        self._emit("opened", 1, "c", {"compartment": str(compartment), "actor": actor})

    def jammed(self, compartment: int) -> None:
        self._emit("jammed", 1, "c", {"compartment": str(compartment)})

    @contextmanager
    def latch_timer(self, compartment: int) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            elapsed_ms = (time.perf_counter() - start) * 1000
            self._emit("latch_ms", round(elapsed_ms, 2), "ms", {"compartment": str(compartment)})


if __name__ == "__main__":
    metrics = DoorMetrics("PRG-0031")
    with metrics.latch_timer(7):
        time.sleep(0.05)
    metrics.opened(7, "courier")
