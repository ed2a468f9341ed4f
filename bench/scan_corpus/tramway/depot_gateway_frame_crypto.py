"""Frame encryption for the depot signalling gateway link.

The gateway relays point and route-setting telegrams between the depot control desk
and the yard interlocking over the depot fibre ring.
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

GATEWAY_LINK_PROFILE = {
    "name": "gw-std-2",
    "algorithm": algorithms.TripleDES,
    "block_bits": 64,
}

FRAME_HEADER = struct.Struct(">HBI")


@dataclass
class GatewayKeys:
    enc_key: bytes
    mac_key: bytes


class FrameCodec:
    def __init__(self, keys: GatewayKeys, profile: dict = GATEWAY_LINK_PROFILE) -> None:
        self._keys = keys
        self._algorithm = profile["algorithm"]
        self._block_bits = profile["block_bits"]
        self._seq = 0

    def _cipher(self, iv: bytes) -> Cipher:
        return Cipher(self._algorithm(self._keys.enc_key), modes.CBC(iv))

    def _mac(self, data: bytes) -> bytes:
        h = hmac.HMAC(self._keys.mac_key, hashes.SHA256())
        h.update(data)
        return h.finalize()

    def encode(self, telegram_type: int, body: bytes) -> bytes:
        self._seq += 1
        iv = os.urandom(self._block_bits // 8)
        padder = padding.PKCS7(self._block_bits).padder()
        padded = padder.update(body) + padder.finalize()
        enc = self._cipher(iv).encryptor()
        ciphertext = enc.update(padded) + enc.finalize()
        header = FRAME_HEADER.pack(telegram_type, len(iv), self._seq)
        frame = header + iv + ciphertext
        return frame + self._mac(frame)

    def decode(self, frame: bytes) -> tuple[int, int, bytes]:
        data, tag = frame[:-32], frame[-32:]
        h = hmac.HMAC(self._keys.mac_key, hashes.SHA256())
        h.update(data)
        h.verify(tag)
        telegram_type, iv_len, seq = FRAME_HEADER.unpack_from(data)
        offset = FRAME_HEADER.size
        iv = data[offset:offset + iv_len]
        dec = self._cipher(iv).decryptor()
        padded = dec.update(data[offset + iv_len:]) + dec.finalize()
        unpadder = padding.PKCS7(self._block_bits).unpadder()
        return telegram_type, seq, unpadder.update(padded) + unpadder.finalize()
