"""Tokenises farm identifiers printed on lab sample vials.

The quality lab receives vials labelled with an encrypted token so that
technicians grading somatic cell counts cannot see which farm a sample
came from. The token is decrypted again when results are posted back.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CIPHER_PROFILE = {
    "algorithm": algorithms.AES,
    "mode": modes.ECB,
    "block_bits": 128,
}


def _build_cipher(key: bytes, profile: dict = CIPHER_PROFILE) -> Cipher:
    mode_cls = profile["mode"]
    return Cipher(profile["algorithm"](key), mode_cls())


@dataclass
class SampleTokenizer:
    key: bytes

    @classmethod
    def from_env(cls) -> "SampleTokenizer":
        return cls(key=base64.b64decode(os.environ["LAB_TOKEN_KEY"]))

    def tokenize(self, farm_id: str, sample_date: str) -> str:
        plain = f"{farm_id}|{sample_date}".encode()
        padder = padding.PKCS7(CIPHER_PROFILE["block_bits"]).padder()
        padded = padder.update(plain) + padder.finalize()
        enc = _build_cipher(self.key).encryptor()
        return base64.urlsafe_b64encode(enc.update(padded) + enc.finalize()).decode()

    def detokenize(self, token: str) -> tuple[str, str]:
        raw = base64.urlsafe_b64decode(token.encode())
        dec = _build_cipher(self.key).decryptor()
        padded = dec.update(raw) + dec.finalize()
        unpadder = padding.PKCS7(CIPHER_PROFILE["block_bits"]).unpadder()
        plain = unpadder.update(padded) + unpadder.finalize()
        farm_id, sample_date = plain.decode().split("|", 1)
        return farm_id, sample_date


def label_batch(tokenizer: SampleTokenizer, farms: list[str], sample_date: str) -> dict[str, str]:
    return {farm: tokenizer.tokenize(farm, sample_date) for farm in farms}
