"""Encrypts insurance valuation documents before they go to cold storage.

Valuations name the owner, the object's location and its insured value, so
the JSON is encrypted with the archive key before it is written to the
off-site bucket.
"""
import base64
import json
import os
from dataclasses import asdict, dataclass
from decimal import Decimal

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class Valuation:
    object_ref: str
    owner: str
    location: str
    insured_value: Decimal
    currency: str
    valuer: str
    valued_on: str


def archive_key() -> bytes:
    key = base64.b64decode(os.environ["VALUATION_ARCHIVE_KEY"])
    if len(key) != 32:
        raise ValueError("archive key must be 256 bits")
    return key


class ValuationArchiveCipher:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or archive_key()

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def seal(self, valuation: Valuation) -> bytes:
        raw = json.dumps(asdict(valuation), default=str, sort_keys=True).encode()
        padder = padding.PKCS7(128).padder()
        padded = padder.update(raw) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(padded) + enc.finalize()

    def open(self, blob: bytes) -> Valuation:
        dec = self._cipher().decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        data = json.loads(unpadder.update(padded) + unpadder.finalize())
        data["insured_value"] = Decimal(data["insured_value"])
        return Valuation(**data)
