"""Verifies signed heartbeats that robots send to the fleet manager over UDP.

Datagram layout: 16-byte serial (NUL padded), uint64 unix-ms timestamp,
status payload, then a 32-byte HMAC-SHA256 over everything before it.
"""
from __future__ import annotations

import hashlib
import hmac
import struct
import time
from typing import Callable, Optional

HEADER = struct.Struct(">16sQ")
MAC_LEN = 32
MAX_SKEW_MS = 5_000


class HeartbeatVerifier:
    def __init__(self, key_lookup: Callable[[str], Optional[bytes]]):
        self._key_lookup = key_lookup

    def verify(self, datagram: bytes) -> tuple[str, int, bytes] | None:
        if len(datagram) < HEADER.size + MAC_LEN:
            return None
        body, tag = datagram[:-MAC_LEN], datagram[-MAC_LEN:]
        raw_serial, ts_ms = HEADER.unpack_from(body)
        serial = raw_serial.rstrip(b"\0").decode("ascii", errors="replace")
        key = self._key_lookup(serial)
        if key is None:
            return None
        expected = hmac.new(key, body, hashlib.sha256).digest()
        if not hmac.compare_digest(expected, tag):
            return None
        if abs(int(time.time() * 1000) - ts_ms) > MAX_SKEW_MS:
            return None
        return serial, ts_ms, body[HEADER.size:]
