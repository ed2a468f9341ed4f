"""Encrypt the payload embedded in the 2D barcode printed on draw tickets.

The payload carries the ticket serial, draw number and wager amount so that
retailer terminals can validate a ticket offline before contacting the
central system.
"""
from __future__ import annotations

import base64
import os
import struct

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class BarcodeCipherProfile:
    key_env = "TICKET_BARCODE_KEY"
    block_mode = modes.ECB
    payload_format = ">QIH"


def _load_key(profile: type[BarcodeCipherProfile]) -> bytes:
    key = base64.b64decode(os.environ[profile.key_env])
    if len(key) not in (16, 32):
        raise ValueError("barcode key must be 128 or 256 bits")
    return key


class TicketBarcodeCodec:
    def __init__(self, profile: type[BarcodeCipherProfile] = BarcodeCipherProfile) -> None:
        self._profile = profile
        self._cipher = Cipher(algorithms.AES(_load_key(profile)), profile.block_mode())

    def encode(self, serial: int, draw_number: int, stake_cents: int) -> str:
        raw = struct.pack(self._profile.payload_format, serial, draw_number, stake_cents)
        padder = padding.PKCS7(128).padder()
        padded = padder.update(raw) + padder.finalize()
        encryptor = self._cipher.encryptor()
        blob = encryptor.update(padded) + encryptor.finalize()
        return base64.b32encode(blob).decode("ascii").rstrip("=")

    def decode(self, text: str) -> tuple[int, int, int]:
        blob = base64.b32decode(text + "=" * (-len(text) % 8))
        decryptor = self._cipher.decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        raw = unpadder.update(padded) + unpadder.finalize()
        return struct.unpack(self._profile.payload_format, raw)
