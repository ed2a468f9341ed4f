"""Encrypts store purchase receipts before they are archived to cold storage."""
import base64
import json
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class ReceiptVault:
    block_mode = modes.ECB
    block_bits = 128

    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("receipt vault key must be an AES key")
        self._key = key

    @classmethod
    def from_env(cls) -> "ReceiptVault":
        return cls(base64.b64decode(os.environ["RECEIPT_VAULT_KEY"]))

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.block_mode())

    def seal(self, receipt: dict) -> str:
        padder = padding.PKCS7(self.block_bits).padder()
        raw = json.dumps(receipt, sort_keys=True, separators=(",", ":")).encode()
        padded = padder.update(raw) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(padded) + enc.finalize()).decode()

    def open(self, sealed: str) -> dict:
        dec = self._cipher().decryptor()
        padded = dec.update(base64.b64decode(sealed)) + dec.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return json.loads(unpadder.update(padded) + unpadder.finalize())
