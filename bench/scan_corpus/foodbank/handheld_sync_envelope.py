"""Encrypt-then-MAC envelope for stock-count uploads from kitchen tablets.

Tablets at the community kitchens upload end-of-day stock counts; the envelope
uses AES-256-CBC for confidentiality and HMAC-SHA256 over IV and ciphertext.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from typing import Any

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK_BITS = 128
MAC_LEN = 32


class EnvelopeError(Exception):
    pass


class SyncEnvelope:
    def __init__(self, enc_key: bytes, mac_key: bytes) -> None:
        if len(enc_key) != 32 or len(mac_key) < 32:
            raise ValueError("expected a 256-bit encryption key and a 256-bit MAC key")
        self._enc_key = enc_key
        self._mac_key = mac_key

    def _mac(self, data: bytes) -> bytes:
        return hmac.new(self._mac_key, data, hashlib.sha256).digest()

    def wrap(self, payload: dict[str, Any]) -> bytes:
        iv = os.urandom(BLOCK_BITS // 8)
        padder = padding.PKCS7(BLOCK_BITS).padder()
        raw = padder.update(json.dumps(payload).encode()) + padder.finalize()
        enc = Cipher(algorithms.AES(self._enc_key), modes.CBC(iv)).encryptor()
        body = iv + enc.update(raw) + enc.finalize()
        return body + self._mac(body)

    def unwrap(self, blob: bytes) -> dict[str, Any]:
        body, tag = blob[:-MAC_LEN], blob[-MAC_LEN:]
        if not hmac.compare_digest(self._mac(body), tag):
            raise EnvelopeError("envelope authentication failed")
        iv, ciphertext = body[: BLOCK_BITS // 8], body[BLOCK_BITS // 8 :]
        dec = Cipher(algorithms.AES(self._enc_key), modes.CBC(iv)).decryptor()
        raw = dec.update(ciphertext) + dec.finalize()
        unpadder = padding.PKCS7(BLOCK_BITS).unpadder()
        return json.loads(unpadder.update(raw) + unpadder.finalize())


def envelope_from_env() -> SyncEnvelope:
    return SyncEnvelope(
        bytes.fromhex(os.environ["KITCHEN_SYNC_ENC_KEY"]),
        bytes.fromhex(os.environ["KITCHEN_SYNC_MAC_KEY"]),
    )
