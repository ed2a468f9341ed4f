"""Encrypted archive of forge gas meter readings shared with the gas supplier."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, asdict
from datetime import datetime
from typing import List

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class MeterReading:
    meter_id: str
    taken_at: datetime
    cubic_metres: float
    forge_bay: str

    def to_dict(self) -> dict:
        data = asdict(self)
        data["taken_at"] = self.taken_at.isoformat()
        return data


class ReadingCipherFactory:
    """Builds the block cipher used for the monthly reading archive."""

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 16, 24 or 32 bytes")
        self._key = key

    @classmethod
    def from_environment(cls) -> "ReadingCipherFactory":
        return cls(bytes.fromhex(os.environ["GAS_ARCHIVE_KEY_HEX"]))

    def _block_mode(self) -> modes.Mode:
        return modes.ECB()

    def cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self._block_mode())


class ReadingVault:
    def __init__(self, factory: ReadingCipherFactory) -> None:
        self._factory = factory

    def seal(self, readings: List[MeterReading]) -> bytes:
        payload = json.dumps([r.to_dict() for r in readings]).encode()
        padder = padding.PKCS7(128).padder()
        padded = padder.update(payload) + padder.finalize()
        encryptor = self._factory.cipher().encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def open(self, blob: bytes) -> List[dict]:
        decryptor = self._factory.cipher().decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return json.loads(unpadder.update(padded) + unpadder.finalize())


def export_month(readings: List[MeterReading], path: str) -> None:
    vault = ReadingVault(ReadingCipherFactory.from_environment())
    with open(path, "wb") as fh:
        fh.write(vault.seal(readings))
