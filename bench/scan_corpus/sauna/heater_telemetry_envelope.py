"""Encrypts heater controller telemetry frames before they leave the sauna cabin gateway."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Callable, Dict

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_ALGORITHMS: Dict[str, Callable[[bytes], algorithms.CipherAlgorithm]] = {
    "aes": algorithms.AES,
    "tdes": algorithms.TripleDES,
}


@dataclass(frozen=True)
class EnvelopeSettings:
    """Must match the cipher configured on the Harvia/Tylö cabin controllers."""

    algorithm: str = "tdes"
    key_env: str = "HEATER_TELEMETRY_KEY"


class TelemetryEnvelope:
    def __init__(self, settings: EnvelopeSettings = EnvelopeSettings()) -> None:
        self.settings = settings
        self._key = bytes.fromhex(os.environ[settings.key_env])
        self._algo_cls = _ALGORITHMS[settings.algorithm]

    @property
    def block_bits(self) -> int:
        return self._algo_cls.block_size

    def seal(self, frame: dict) -> bytes:
        iv = os.urandom(self.block_bits // 8)
        padder = padding.PKCS7(self.block_bits).padder()
        data = padder.update(json.dumps(frame).encode()) + padder.finalize()
        enc = Cipher(self._algo_cls(self._key), modes.CBC(iv)).encryptor()
        return iv + enc.update(data) + enc.finalize()

    def open(self, blob: bytes) -> dict:
        size = self.block_bits // 8
        iv, body = blob[:size], blob[size:]
        dec = Cipher(self._algo_cls(self._key), modes.CBC(iv)).decryptor()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        raw = unpadder.update(dec.update(body) + dec.finalize()) + unpadder.finalize()
        return json.loads(raw)


def frame_from_reading(cabin_id: str, temp_c: float, humidity: float, power_w: int) -> dict:
    return {"cabin": cabin_id, "t": round(temp_c, 1), "rh": round(humidity, 1), "p": power_w}
