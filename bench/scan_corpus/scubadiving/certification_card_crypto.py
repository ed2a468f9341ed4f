"""Encrypts certification card numbers kept for divers who log in online.

Agency card numbers are used to verify a diver's level before a deep or
wreck dive; they are stored encrypted and shown masked on the front desk.
"""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class CertCardCrypto:
    CARD_IV = bytes.fromhex("3c9a51e07b2d48f6a1c05e9d27b4f813")

    def __init__(self, enc_key: bytes, mac_key: bytes) -> None:
        if len(enc_key) != 32 or len(mac_key) != 32:
            raise ValueError("keys must be 32 bytes")
        self._enc_key = enc_key
        self._mac_key = mac_key

    @classmethod
    def from_env(cls) -> "CertCardCrypto":
        return cls(
            base64.b64decode(os.environ["CERT_CARD_ENC_KEY"]),
            base64.b64decode(os.environ["CERT_CARD_MAC_KEY"]),
        )

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._enc_key), modes.CBC(self.CARD_IV))

    def _tag(self, data: bytes) -> bytes:
        h = hmac.HMAC(self._mac_key, hashes.SHA256())
        h.update(data)
        return h.finalize()

    def encrypt_card(self, card_number: str) -> str:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(card_number.encode("ascii")) + padder.finalize()
        enc = self._cipher().encryptor()
        ct = enc.update(padded) + enc.finalize()
        return base64.b64encode(ct + self._tag(ct)).decode("ascii")

    def decrypt_card(self, token: str) -> str:
        raw = base64.b64decode(token)
        ct, tag = raw[:-32], raw[-32:]
        h = hmac.HMAC(self._mac_key, hashes.SHA256())
        h.update(ct)
        h.verify(tag)
        dec = self._cipher().decryptor()
        padded = dec.update(ct) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode("ascii")

    @staticmethod
    def masked(card_number: str) -> str:
        return "*" * (len(card_number) - 4) + card_number[-4:]
