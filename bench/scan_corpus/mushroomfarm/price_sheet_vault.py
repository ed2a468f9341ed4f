"""Encrypts the wholesale price sheets shared with distributor partners."""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class SheetEnvelope:
    nonce: bytes
    ciphertext: bytes
    tag: bytes

    def to_bytes(self) -> bytes:
        return self.nonce + self.tag + self.ciphertext

    @classmethod
    def from_bytes(cls, blob: bytes) -> "SheetEnvelope":
        return cls(nonce=blob[:12], tag=blob[12:28], ciphertext=blob[28:])


class PriceSheetVault:
    nonce_size = 12

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or bytes.fromhex(os.environ["PRICE_SHEET_KEY"])
        if len(self._key) != 32:
            raise ValueError("price sheet key must be 256 bits")

    def encrypt(self, sheet: bytes, partner_id: str) -> SheetEnvelope:
        nonce = os.urandom(self.nonce_size)
        encryptor = Cipher(algorithms.AES(self._key), modes.GCM(nonce)).encryptor()
        encryptor.authenticate_additional_data(partner_id.encode())
        ciphertext = encryptor.update(sheet) + encryptor.finalize()
        return SheetEnvelope(nonce=nonce, ciphertext=ciphertext, tag=encryptor.tag)

    def decrypt(self, envelope: SheetEnvelope, partner_id: str) -> bytes:
        decryptor = Cipher(
            algorithms.AES(self._key), modes.GCM(envelope.nonce, envelope.tag)
        ).decryptor()
        decryptor.authenticate_additional_data(partner_id.encode())
        return decryptor.update(envelope.ciphertext) + decryptor.finalize()
