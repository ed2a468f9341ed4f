"""Authenticates status frames sent by lock-gate controllers to the control room."""
from __future__ import annotations

import hashlib
import hmac
import struct
from dataclasses import dataclass
from typing import Mapping

FRAME = struct.Struct(">8sIHHB")
TAG_LEN = 16


@dataclass(frozen=True)
class GateStatus:
    lock_id: str
    sequence: int
    top_gate_pct: int
    bottom_gate_pct: int
    paddles_open: int


class FrameKeyring:
    def __init__(self, keys: Mapping[str, bytes]) -> None:
        self._keys = dict(keys)

    def tag(self, lock_id: str, body: bytes) -> bytes:
        return hmac.new(self._keys[lock_id], body, hashlib.sha256).digest()[:TAG_LEN]


class StatusFrameDecoder:
    def __init__(self, keyring: FrameKeyring) -> None:
        self.keyring = keyring
        self._last_seq: dict[str, int] = {}

    def decode(self, frame: bytes) -> GateStatus | None:
        if len(frame) != FRAME.size + TAG_LEN:
            return None
        body, received = frame[: FRAME.size], frame[FRAME.size:]
        raw_id, seq, top, bottom, paddles = FRAME.unpack(body)
        lock_id = raw_id.rstrip(b"\0").decode("ascii", "replace")
        try:
            expected = self.keyring.tag(lock_id, body)
        except KeyError:
            return None
        if not hmac.compare_digest(expected, received):
            return None
        if seq <= self._last_seq.get(lock_id, -1):
            return None
        self._last_seq[lock_id] = seq
        return GateStatus(lock_id, seq, top, bottom, paddles)


def encode(keyring: FrameKeyring, status: GateStatus) -> bytes:
    body = FRAME.pack(status.lock_id.encode()[:8], status.sequence, status.top_gate_pct,
                      status.bottom_gate_pct, status.paddles_open)
    return body + keyring.tag(status.lock_id, body)
