"""Encrypts guardian signature images before they are written to the waiver bucket."""
from __future__ import annotations

import base64
import os
from typing import Any, Mapping

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

VAULT_SETTINGS: Mapping[str, Any] = {
    "bucket": os.environ.get("WAIVER_BUCKET", "waivers"),
    "prefix": "signatures/",
    "algorithm": algorithms.AES,
    "mode": modes.ECB,
    "block_bits": 128,
}


class SignatureVault:
    def __init__(self, key: bytes, settings: Mapping[str, Any] = VAULT_SETTINGS) -> None:
        if len(key) != 32:
            raise ValueError("vault key must be 32 bytes")
        self._key = key
        self._settings = settings
        self._s3 = boto3.client("s3")

    def _cipher(self) -> Cipher:
        algo = self._settings["algorithm"](self._key)
        return Cipher(algo, self._settings["mode"]())

    def seal(self, png_bytes: bytes) -> bytes:
        padder = padding.PKCS7(self._settings["block_bits"]).padder()
        padded = padder.update(png_bytes) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(padded) + enc.finalize()

    def unseal(self, blob: bytes) -> bytes:
        dec = self._cipher().decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(self._settings["block_bits"]).unpadder()
        return unpadder.update(padded) + unpadder.finalize()

    def store(self, waiver_id: str, png_bytes: bytes) -> str:
        key = f"{self._settings['prefix']}{waiver_id}.bin"
        self._s3.put_object(
            Bucket=self._settings["bucket"],
            Key=key,
            Body=base64.b64encode(self.seal(png_bytes)),
            ContentType="application/octet-stream",
        )
        return key
