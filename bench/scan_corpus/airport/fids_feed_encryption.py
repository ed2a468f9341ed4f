"""Encryption of the public FIDS feed pushed to hotel and rail-station screens.

Partners receive a shared key during onboarding; each feed frame is a JSON
document with the next 6 hours of departures for their terminal.
"""
import json
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

FEED_CIPHER = {
    "algorithm": algorithms.AES,
    "mode": modes.ECB,
    "block_bits": 128,
}


class FeedEncryptor:
    def __init__(self, key: bytes, cfg: dict = FEED_CIPHER):
        if len(key) not in (16, 24, 32):
            raise ValueError("feed key must be 128, 192 or 256 bits")
        self._key = key
        self._cfg = cfg

    @classmethod
    def for_partner(cls, partner_code: str) -> "FeedEncryptor":
        key_hex = os.environ[f"FIDS_FEED_KEY_{partner_code.upper()}"]
        return cls(bytes.fromhex(key_hex))

    def _cipher(self) -> Cipher:
        return Cipher(self._cfg["algorithm"](self._key), self._cfg["mode"]())

    def encrypt_frame(self, departures: list[dict]) -> bytes:
        raw = json.dumps({"departures": departures}, separators=(",", ":")).encode()
        padder = padding.PKCS7(self._cfg["block_bits"]).padder()
        padded = padder.update(raw) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(padded) + enc.finalize()

    def decrypt_frame(self, blob: bytes) -> dict:
        dec = self._cipher().decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(self._cfg["block_bits"]).unpadder()
        return json.loads(unpadder.update(padded) + unpadder.finalize())
