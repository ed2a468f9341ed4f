"""Radio link encryption for gen-2 valve controllers.

Frames are ``nonce(12) | tag(16) | ciphertext``; the controller id and frame
counter go into the associated data so frames can't be replayed across units.
"""

from __future__ import annotations

import struct

from Crypto.Cipher import ChaCha20_Poly1305 as _CCP
from Crypto.Random import get_random_bytes

HEADER = struct.Struct(">HI")  # controller id, frame counter


class LinkCipher:
    def __init__(self, link_key: bytes, controller_id: int) -> None:
        if len(link_key) != 32:
            raise ValueError("link key must be 256 bits")
        self._key = link_key
        self.controller_id = controller_id
        self._counter = 0

    def seal(self, payload: bytes) -> bytes:
        self._counter += 1
        header = HEADER.pack(self.controller_id, self._counter)
        nonce = get_random_bytes(12)
        cipher = _CCP.new(key=self._key, nonce=nonce)
        cipher.update(header)
        ciphertext, tag = cipher.encrypt_and_digest(payload)
        return header + nonce + tag + ciphertext

    def open(self, frame: bytes) -> tuple[int, bytes]:
        header = frame[: HEADER.size]
        controller_id, counter = HEADER.unpack(header)
        if controller_id != self.controller_id:
            raise ValueError("frame for a different controller")
        rest = frame[HEADER.size :]
        nonce, tag, ciphertext = rest[:12], rest[12:28], rest[28:]
        cipher = _CCP.new(key=self._key, nonce=nonce)
        cipher.update(header)
        return counter, cipher.decrypt_and_verify(ciphertext, tag)
