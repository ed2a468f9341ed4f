"""Encrypts passport numbers collected at booking for border-zone tour permits."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class PermitGuest:
    booking_ref: str
    full_name: str
    passport_no: str
    nationality: str


class PassportCipher:
    """Wraps the AES key held by the permits team."""

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._key = key

    @property
    def block_mode(self) -> modes.Mode:
        return modes.ECB()

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.block_mode)

    def seal(self, value: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(value.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def open(self, token: str) -> str:
        dec = self._cipher().decryptor()
        raw = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(raw) + unpadder.finalize()).decode("utf-8")


class PermitVault:
    def __init__(self, cipher: PassportCipher) -> None:
        self._cipher = cipher
        self._rows: dict[str, dict[str, str]] = {}

    def store(self, guest: PermitGuest) -> None:
        self._rows[guest.booking_ref] = {
            "name": guest.full_name,
            "nationality": guest.nationality,
            "passport": self._cipher.seal(guest.passport_no),
        }

    def permit_line(self, booking_ref: str) -> str:
        row = self._rows[booking_ref]
        return f"{row['name']};{row['nationality']};{self._cipher.open(row['passport'])}"


def vault_from_env() -> PermitVault:
    key = base64.b64decode(os.environ["PERMIT_PASSPORT_KEY"])
    return PermitVault(PassportCipher(key))
