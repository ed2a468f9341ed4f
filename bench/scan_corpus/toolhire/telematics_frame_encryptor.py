"""Encrypts geofence and hour-meter frames sent from the depot hub to fitted units.

The hub batches frames per unit and pushes them over MQTT; each unit holds a
32-byte key written during fitting.
"""
from __future__ import annotations

import os
import struct
import time
from dataclasses import dataclass
from typing import Callable, List

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

FRAME_CONTEXT = b"th-hub-frame-v3"
NONCE_BYTES = 12
HEADER = struct.Struct(">BIH")


@dataclass
class Frame:
    kind: int
    payload: bytes


class FrameEncryptor:
    def __init__(self, key_for_unit: Callable[[str], bytes]) -> None:
        self._key_for_unit = key_for_unit

    def _aad(self, unit_serial: str, header: bytes) -> bytes:
        return FRAME_CONTEXT + b"|" + unit_serial.encode("ascii") + b"|" + header

    def encrypt(self, unit_serial: str, frame: Frame) -> bytes:
        header = HEADER.pack(frame.kind, int(time.time()), len(frame.payload))
        nonce = os.urandom(NONCE_BYTES)
        aead = ChaCha20Poly1305(self._key_for_unit(unit_serial))
        sealed = aead.encrypt(nonce, frame.payload, self._aad(unit_serial, header))
        return header + nonce + sealed

    def decrypt(self, unit_serial: str, blob: bytes) -> Frame:
        header, rest = blob[: HEADER.size], blob[HEADER.size:]
        kind, _issued, _length = HEADER.unpack(header)
        nonce, sealed = rest[:NONCE_BYTES], rest[NONCE_BYTES:]
        aead = ChaCha20Poly1305(self._key_for_unit(unit_serial))
        payload = aead.decrypt(nonce, sealed, self._aad(unit_serial, header))
        return Frame(kind=kind, payload=payload)


def push_batch(mqtt, encryptor: FrameEncryptor, unit_serial: str, frames: List[Frame]) -> int:
    for frame in frames:
        mqtt.publish(f"hub/units/{unit_serial}/down", encryptor.encrypt(unit_serial, frame), qos=1)
    return len(frames)
