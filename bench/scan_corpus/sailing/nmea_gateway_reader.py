"""Reads NMEA 0183 sentences from the yacht's onboard instrument gateway."""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass
from functools import reduce
from typing import Iterator

log = logging.getLogger("boat.nmea")

GATEWAY = {
    "host": os.environ.get("NMEA_GATEWAY_HOST", "127.0.0.1"),
    "port": int(os.environ.get("NMEA_GATEWAY_PORT", "10110")),
    "timeout": 10.0,
}


@dataclass
class Fix:
    lat: float
    lon: float
    sog_knots: float
    cog_deg: float


def _checksum_ok(sentence: str) -> bool:
    if "*" not in sentence:
        return False
    body, given = sentence[1:].split("*", 1)
    calc = reduce(lambda acc, ch: acc ^ ord(ch), body, 0)
    return f"{calc:02X}" == given[:2].upper()


def _coord(value: str, hemi: str) -> float:
    head = 2 if hemi in ("N", "S") else 3
    degrees = float(value[:head]) + float(value[head:]) / 60.0
    return -degrees if hemi in ("S", "W") else degrees


def parse_rmc(sentence: str) -> Fix | None:
    if not sentence.startswith(("$GPRMC", "$GNRMC")) or not _checksum_ok(sentence):
        return None
    parts = sentence.split("*")[0].split(",")
    if parts[2] != "A":
        return None
    return Fix(
        lat=_coord(parts[3], parts[4]),
        lon=_coord(parts[5], parts[6]),
        sog_knots=float(parts[7] or 0),
        cog_deg=float(parts[8] or 0),
    )


def sentences(cfg: dict = GATEWAY) -> Iterator[str]:
    with socket.create_connection((cfg["host"], cfg["port"]), timeout=cfg["timeout"]) as sock:
        buffer = b""
        while True:
            chunk = sock.recv(4096)
            if not chunk:
                break
            buffer += chunk
            *lines, buffer = buffer.split(b"\r\n")
            for line in lines:
                yield line.decode("ascii", errors="ignore")


def fixes(cfg: dict = GATEWAY) -> Iterator[Fix]:
    for sentence in sentences(cfg):
        fix = parse_rmc(sentence)
        if fix is not None:
            yield fix
