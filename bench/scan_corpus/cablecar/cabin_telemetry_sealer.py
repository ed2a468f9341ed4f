"""Seals cabin telemetry frames before they leave the on-board unit over the radio link."""

from __future__ import annotations

import hashlib
import json
import struct
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class CabinFrame:
    cabin_id: str
    seq: int
    line_position_m: float
    speed_mps: float
    door_closed: bool
    cabin_temp_c: float
    ts: float


def _cabin_nonce(cabin_id: str) -> bytes:
    return hashlib.sha256(f"cabin:{cabin_id}".encode()).digest()[:12]


class FrameSealer:
    """Encrypts frames with the fleet key and tags them with the cabin id."""

    HEADER = struct.Struct(">H")

    def __init__(self, fleet_key: bytes, cabin_id: str) -> None:
        if len(fleet_key) not in (16, 32):
            raise ValueError("fleet key must be 128 or 256 bits")
        self._aead = AESGCM(fleet_key)
        self._cabin_id = cabin_id
        self._nonce = _cabin_nonce(cabin_id)

    def seal(self, frame: CabinFrame) -> bytes:
        body = json.dumps(asdict(frame), separators=(",", ":")).encode()
        aad = self._cabin_id.encode()
        ciphertext = self._aead.encrypt(self._nonce, body, aad)
        return self.HEADER.pack(len(aad)) + aad + ciphertext

    def open(self, packet: bytes) -> CabinFrame:
        (aad_len,) = self.HEADER.unpack_from(packet)
        aad = packet[2 : 2 + aad_len]
        plaintext = self._aead.decrypt(_cabin_nonce(aad.decode()), packet[2 + aad_len :], aad)
        return CabinFrame(**json.loads(plaintext))


def sample_frame(cabin_id: str, seq: int) -> CabinFrame:
    return CabinFrame(
        cabin_id=cabin_id,
        seq=seq,
        line_position_m=412.5,
        speed_mps=5.0,
        door_closed=True,
        cabin_temp_c=3.2,
        ts=time.time(),
    )
