"""Encrypts allergen traceability records before they leave the bakehouse.

Records list the allergen declarations and lot numbers of every ingredient in a
production batch; supermarket QA teams receive them as encrypted blobs.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class AllergenRecord:
    batch_code: str
    product_sku: str
    allergens: list[str]
    ingredient_lots: dict[str, str]
    line_id: str


class RecordSealer:
    block_mode = modes.ECB
    block_bits = 128

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._key = key

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.block_mode())

    def seal(self, record: AllergenRecord) -> bytes:
        payload = json.dumps(asdict(record), sort_keys=True).encode("utf-8")
        padder = padding.PKCS7(self.block_bits).padder()
        padded = padder.update(payload) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def open(self, blob: bytes) -> AllergenRecord:
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        payload = unpadder.update(padded) + unpadder.finalize()
        return AllergenRecord(**json.loads(payload))
