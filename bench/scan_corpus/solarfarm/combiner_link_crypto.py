"""Authenticated encryption for the combiner-box radio link.

Each frame is sealed with AES-GCM; the combiner id and sequence number are
bound as associated data so frames cannot be replayed onto another box.
"""

import os
import struct

from Crypto.Cipher import AES as _AES

TAG_LEN = 16
NONCE_LEN = 12
AAD_FMT = "<HI"


class LinkCipher:
    def __init__(self, key: bytes | None = None):
        self._key = key or bytes.fromhex(os.environ["COMBINER_LINK_KEY"])
        if len(self._key) not in (16, 32):
            raise ValueError("link key must be 128 or 256 bits")

    def seal(self, combiner_id: int, seq: int, frame: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
        cipher.update(struct.pack(AAD_FMT, combiner_id, seq))
        ciphertext, tag = cipher.encrypt_and_digest(frame)
        return nonce + ciphertext + tag

    def open(self, combiner_id: int, seq: int, blob: bytes) -> bytes:
        if len(blob) < NONCE_LEN + TAG_LEN:
            raise ValueError("frame too short")
        nonce, body, tag = blob[:NONCE_LEN], blob[NONCE_LEN:-TAG_LEN], blob[-TAG_LEN:]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
        cipher.update(struct.pack(AAD_FMT, combiner_id, seq))
        return cipher.decrypt_and_verify(body, tag)
