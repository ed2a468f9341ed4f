"""Listens to the AIS receiver on the substation and tracks crew transfer vessels."""

from __future__ import annotations

import logging
import socket
import time
from typing import Callable, Iterator

logger = logging.getLogger("ais")

BASE_FEED = {"port": 10110, "timeout": 30.0, "reconnect_s": 5.0, "encoding": "ascii"}
SUBSTATION_FEED = {**BASE_FEED, "host": "192.168.88.21"}

CTV_MMSIS = {"235118372", "235098441", "244690317"}


def _read_lines(cfg: dict) -> Iterator[str]:
    with socket.create_connection((cfg["host"], cfg["port"]), timeout=cfg["timeout"]) as sock:
        buffer = b""
        while True:
            chunk = sock.recv(4096)
            if not chunk:
                return
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                yield line.decode(cfg["encoding"], errors="replace").strip()


def _mmsi_from_sentence(sentence: str) -> str | None:
    parts = sentence.split(",")
    if len(parts) < 7 or not parts[0].endswith("VDM"):
        return None
    payload = parts[5]
    bits = "".join(format((ord(c) - 48) - (8 if ord(c) - 48 > 40 else 0), "06b") for c in payload)
    if len(bits) < 38:
        return None
    return str(int(bits[8:38], 2))


def run(on_vessel: Callable[[str], None], cfg: dict = SUBSTATION_FEED) -> None:
    """Forward every CTV sighting to ``on_vessel`` and reconnect on failure."""
    while True:
        try:
            for sentence in _read_lines(cfg):
                mmsi = _mmsi_from_sentence(sentence)
                if mmsi in CTV_MMSIS:
                    on_vessel(mmsi)
        except OSError as exc:
            logger.warning("AIS feed dropped: %s", exc)
        time.sleep(cfg["reconnect_s"])
