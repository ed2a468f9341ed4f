"""Encrypt TBM guidance system frames relayed from the machine to the surface.

The guidance system reports the shield's position against the design
alignment; frames are sealed before they cross the shared site network.
"""
from __future__ import annotations

import json
import os
import struct
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_LEN = 12
HEADER = struct.Struct("<HI")


@dataclass
class GuidanceFrame:
    ring_no: int
    chainage_m: float
    horiz_dev_mm: float
    vert_dev_mm: float
    roll_deg: float
    pitch_mm_per_m: float


def fresh_nonce(length: int = NONCE_LEN) -> bytes:
    return os.urandom(length)


class GuidanceSealer:
    version = 1

    def __init__(self, key: bytes | None = None) -> None:
        self._aead = ChaCha20Poly1305(key or bytes.fromhex(os.environ["GUIDANCE_LINK_KEY"]))

    def seal(self, frame: GuidanceFrame) -> bytes:
        header = HEADER.pack(self.version, frame.ring_no)
        nonce = fresh_nonce()
        body = json.dumps(asdict(frame), separators=(",", ":")).encode()
        return header + nonce + self._aead.encrypt(nonce, body, header)

    def unseal(self, blob: bytes) -> GuidanceFrame:
        header = blob[: HEADER.size]
        nonce = blob[HEADER.size : HEADER.size + NONCE_LEN]
        body = self._aead.decrypt(nonce, blob[HEADER.size + NONCE_LEN :], header)
        return GuidanceFrame(**json.loads(body))
