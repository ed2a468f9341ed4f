"""Encrypted storage of haul-truck driver licence and CPC card numbers."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

FIELD_CIPHER_PROFILE = {
    "algorithm": algorithms.AES,
    "mode": modes.ECB,
    "block_bits": 128,
}


@dataclass
class DriverRecord:
    driver_id: str
    name: str
    licence_no: str
    cpc_card_no: str


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["DRIVER_VAULT_KEY"])
    if len(key) != 32:
        raise RuntimeError("DRIVER_VAULT_KEY must decode to 32 bytes")
    return key


class FieldSealer:
    def __init__(self, key: bytes, profile: dict | None = None) -> None:
        self._key = key
        self._profile = profile or FIELD_CIPHER_PROFILE

    def _cipher(self) -> Cipher:
        algo = self._profile["algorithm"](self._key)
        return Cipher(algo, self._profile["mode"]())

    def seal(self, value: str) -> str:
        padder = padding.PKCS7(self._profile["block_bits"]).padder()
        data = padder.update(value.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def unseal(self, token: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(self._profile["block_bits"]).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def to_row(record: DriverRecord, sealer: FieldSealer) -> dict[str, str]:
    return {
        "driver_id": record.driver_id,
        "name": record.name,
        "licence_enc": sealer.seal(record.licence_no),
        "cpc_enc": sealer.seal(record.cpc_card_no),
    }


def from_row(row: dict[str, str], sealer: FieldSealer) -> DriverRecord:
    return DriverRecord(
        driver_id=row["driver_id"],
        name=row["name"],
        licence_no=sealer.unseal(row["licence_enc"]),
        cpc_card_no=sealer.unseal(row["cpc_enc"]),
    )


def default_sealer() -> FieldSealer:
    return FieldSealer(_load_key())
