"""Link to the legacy weighbridge terminals at the transfer stations.

The older terminals push a framed record over TCP every time a vehicle
clears the scale. Frames are scrambled with the per-site key entered on
the terminal keypad; the vendor no longer ships firmware for these units.
"""

from __future__ import annotations

import logging
import os
import socket
import struct
from dataclasses import dataclass
from typing import Iterator

from Crypto.Cipher import ARC4

log = logging.getLogger(__name__)

FRAME_HEADER = struct.Struct(">2sHB")  # magic, payload length, version
MAGIC = b"WB"


@dataclass
class ScaleReading:
    site: str
    vehicle_reg: str
    weight_kg: int
    stable: bool


class ScaleLinkError(Exception):
    pass


def _site_key(site: str) -> bytes:
    return bytes.fromhex(os.environ[f"WB_SITE_KEY_{site.upper()}"])


def _decode_payload(site: str, payload: bytes) -> ScaleReading:
    clear = ARC4.new(_site_key(site)).decrypt(payload)
    reg, weight, flags = clear[:10], clear[10:14], clear[14]
    return ScaleReading(
        site=site,
        vehicle_reg=reg.rstrip(b"\x00").decode("ascii"),
        weight_kg=int.from_bytes(weight, "big"),
        stable=bool(flags & 0x01),
    )


def _read_exact(sock: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ScaleLinkError("terminal closed connection")
        buf.extend(chunk)
    return bytes(buf)


def stream_readings(site: str, host: str, port: int, timeout: float = 30.0) -> Iterator[ScaleReading]:
    """Yield stable readings from one terminal until the connection drops."""
    with socket.create_connection((host, port), timeout=timeout) as sock:
        while True:
            magic, length, version = FRAME_HEADER.unpack(_read_exact(sock, FRAME_HEADER.size))
            if magic != MAGIC:
                raise ScaleLinkError(f"unexpected frame magic from {site}: {magic!r}")
            payload = _read_exact(sock, length)
            if version != 2:
                log.warning("skipping frame version %s from %s", version, site)
                continue
            reading = _decode_payload(site, payload)
            if reading.stable:
                yield reading
