"""Encrypts the data block written to NFC driver licence cards.

Cards carry the licence number, grade and expiry so the arrive-and-drive
kiosk can check a driver without a network round trip. The block is
encrypted with a per-site key loaded from the key management service.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import date

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class LicenceCardData:
    licence_no: str
    driver_name: str
    grade: str
    expires: str

    @classmethod
    def from_licence(cls, licence) -> "LicenceCardData":
        return cls(
            licence_no=licence.number,
            driver_name=licence.driver_name,
            grade=licence.grade,
            expires=licence.expires.isoformat(),
        )

    def is_valid_on(self, day: date) -> bool:
        return date.fromisoformat(self.expires) >= day


def load_site_key() -> bytes:
    key_hex = os.environ["KART_CARD_KEY_HEX"]
    key = bytes.fromhex(key_hex)
    if len(key) not in (16, 32):
        raise ValueError("card key must be 128 or 256 bits")
    return key


class CardCipher:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def seal(self, data: LicenceCardData) -> bytes:
        raw = json.dumps(asdict(data), separators=(",", ":")).encode("utf-8")
        padder = padding.PKCS7(128).padder()
        padded = padder.update(raw) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(padded) + enc.finalize()

    def open(self, blob: bytes) -> LicenceCardData:
        dec = self._cipher().decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        raw = unpadder.update(padded) + unpadder.finalize()
        return LicenceCardData(**json.loads(raw))


def write_card(writer, licence) -> int:
    cipher = CardCipher(load_site_key())
    blob = cipher.seal(LicenceCardData.from_licence(licence))
    if len(blob) > writer.capacity:
        raise ValueError("licence block does not fit on card")
    writer.write_block(0, blob)
    return len(blob)
