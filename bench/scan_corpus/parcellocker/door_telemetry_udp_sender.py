"""Ship locker door open/close events as compact datagrams to the collector."""
from __future__ import annotations

import json
import socket
import time
from typing import Iterable, NamedTuple


class DoorEvent(NamedTuple):
    locker_id: str
    compartment: int
    state: str
    ts: float


class CollectorTarget(NamedTuple):
    address: str
    port: int


TELEMETRY_DEFAULTS = {
    "collector": CollectorTarget("192.168.40.12", 5140),
    "batch_size": 32,
    "flush_interval_s": 2.0,
}


def encode_batch(events: Iterable[DoorEvent]) -> bytes:
    rows = [
        {"l": e.locker_id, "c": e.compartment, "s": e.state, "t": round(e.ts, 3)}
        for e in events
    ]
    return json.dumps(rows, separators=(",", ":")).encode()


class DoorTelemetrySender:
    def __init__(self, **opts) -> None:
        cfg = {**TELEMETRY_DEFAULTS, **opts}
        self._target: CollectorTarget = cfg["collector"]
        self._batch_size: int = cfg["batch_size"]
        self._flush_interval = cfg["flush_interval_s"]
        self._buffer: list[DoorEvent] = []
        self._last_flush = time.monotonic()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def record(self, locker_id: str, compartment: int, state: str) -> None:
        self._buffer.append(DoorEvent(locker_id, compartment, state, time.time()))
        due = time.monotonic() - self._last_flush >= self._flush_interval
        if len(self._buffer) >= self._batch_size or due:
            self.flush()

    def flush(self) -> None:
        if not self._buffer:
            return
        payload = encode_batch(self._buffer)
        self._sock.sendto(payload, tuple(self._target))
        self._buffer.clear()
        self._last_flush = time.monotonic()


if __name__ == "__main__":
    sender = DoorTelemetrySender()
    sender.record("WAW-0112", 14, "opened")
    sender.record("WAW-0112", 14, "closed")
    sender.flush()
