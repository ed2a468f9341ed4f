"""Fetch distributed temperature sensing (DTS) traces for the export cable."""

from __future__ import annotations

import socket
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator


@dataclass
class TraceSample:
    distance_m: float
    temperature_c: float


def _interrogator_address(host: str = "172.20.14.9", port: int = 5025) -> tuple[str, int]:
    return host, port


@contextmanager
def interrogator_link(timeout_s: float = 8.0) -> Iterator[socket.socket]:
    sock = socket.create_connection(_interrogator_address(), timeout=timeout_s)
    try:
        yield sock
    finally:
        sock.close()


def _query(sock: socket.socket, command: str) -> str:
    sock.sendall((command + "\n").encode("ascii"))
    chunks: list[bytes] = []
    while True:
        chunk = sock.recv(4096)
        if not chunk:
            break
        chunks.append(chunk)
        if chunk.endswith(b"\n"):
            break
    return b"".join(chunks).decode("ascii").strip()


def fetch_trace(channel: int = 1) -> list[TraceSample]:
    """Return the most recent temperature trace along the fibre."""
    with interrogator_link() as sock:
        raw = _query(sock, f"TRACE:CHAN{channel}:DATA?")
    samples: list[TraceSample] = []
    for pair in raw.split(";"):
        if not pair:
            continue
        dist, temp = pair.split(",")
        samples.append(TraceSample(float(dist), float(temp)))
    return samples


def hotspots(samples: list[TraceSample], limit_c: float = 65.0) -> list[TraceSample]:
    """Sections of the cable running above the conductor temperature limit."""
    return [s for s in samples if s.temperature_c >= limit_c]


if __name__ == "__main__":
    trace = fetch_trace()
    for spot in hotspots(trace):
        print(f"{spot.distance_m:8.1f} m  {spot.temperature_c:5.1f} C")
