"""Field-level encryption for customer body measurements stored in the CRM."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from typing import Callable

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class CipherSettings:
    key_env: str = "MEASUREMENTS_KEY"
    block_bits: int = 128
    mode_factory: Callable[[], modes.Mode] = modes.ECB


class MeasurementCipher:
    def __init__(self, settings: CipherSettings = CipherSettings()) -> None:
        self.settings = settings
        self._key = base64.b64decode(os.environ[settings.key_env])

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.settings.mode_factory())

    def seal(self, measurements: dict[str, float]) -> str:
        plaintext = json.dumps(measurements, sort_keys=True).encode("utf-8")
        padder = padding.PKCS7(self.settings.block_bits).padder()
        padded = padder.update(plaintext) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(padded) + enc.finalize()).decode("ascii")

    def open(self, token: str) -> dict[str, float]:
        dec = self._cipher().decryptor()
        padded = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(self.settings.block_bits).unpadder()
        plaintext = unpadder.update(padded) + unpadder.finalize()
        return json.loads(plaintext)


def store_fitting(db, customer_id: int, bust: float, waist: float, hips: float, hollow_to_hem: float) -> None:
    cipher = MeasurementCipher()
    blob = cipher.seal(
        {"bust": bust, "waist": waist, "hips": hips, "hollow_to_hem": hollow_to_hem}
    )
    db.execute(
        "UPDATE customers SET measurements = ? WHERE id = ?",
        (blob, customer_id),
    )
