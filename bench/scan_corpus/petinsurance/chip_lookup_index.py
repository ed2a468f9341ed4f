"""Searchable storage for microchip numbers.

Chip numbers are stored encrypted with AES-GCM; an HMAC-SHA256 blind index
of the normalised number is stored next to it so the registry sync job can
find pets by chip without decrypting every row.
"""
import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12


class ChipVault:
    def __init__(self, enc_key: bytes, index_key: bytes):
        self._aead = AESGCM(enc_key)
        self._index_key = index_key

    @classmethod
    def from_env(cls) -> "ChipVault":
        return cls(
            base64.b64decode(os.environ["CHIP_ENC_KEY"]),
            base64.b64decode(os.environ["CHIP_INDEX_KEY"]),
        )

    @staticmethod
    def _normalise(chip_number: str) -> bytes:
        return "".join(ch for ch in chip_number if ch.isdigit()).encode("ascii")

    def blind_index(self, chip_number: str) -> str:
        return hmac.new(self._index_key, self._normalise(chip_number), hashlib.sha256).hexdigest()

    def encrypt(self, chip_number: str, pet_id: str) -> str:
        nonce = os.urandom(NONCE_LEN)
        ct = self._aead.encrypt(nonce, self._normalise(chip_number), pet_id.encode())
        return base64.urlsafe_b64encode(nonce + ct).decode()

    def decrypt(self, token: str, pet_id: str) -> str:
        raw = base64.urlsafe_b64decode(token)
        return self._aead.decrypt(raw[:NONCE_LEN], raw[NONCE_LEN:], pet_id.encode()).decode()
