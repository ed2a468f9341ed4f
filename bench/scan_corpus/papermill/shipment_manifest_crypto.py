"""Encrypts outbound shipment manifests exchanged with the rail and trucking partners."""
from __future__ import annotations

import json
import os
from typing import Any

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class ManifestCipherSettings:
    KEY_ENV = "MANIFEST_AES_KEY"
    IV_HEX = "6d696c6c2d6d616e69666573742d7631"
    BLOCK_BITS = 128


class ManifestEncryptor:
    """Wraps JSON manifests in AES-CBC for the partner SFTP drop."""

    def __init__(self, settings: type[ManifestCipherSettings] = ManifestCipherSettings) -> None:
        self._settings = settings
        self._key: bytes | None = None
        self._iv: bytes | None = None

    def configure(self) -> "ManifestEncryptor":
        self._key = bytes.fromhex(os.environ[self._settings.KEY_ENV])
        self._iv = bytes.fromhex(self._settings.IV_HEX)
        return self

    def _cipher(self) -> Cipher:
        if self._key is None or self._iv is None:
            self.configure()
        return Cipher(algorithms.AES(self._key), modes.CBC(self._iv))

    def encrypt(self, manifest: dict[str, Any]) -> bytes:
        raw = json.dumps(manifest, sort_keys=True).encode("utf-8")
        padder = padding.PKCS7(self._settings.BLOCK_BITS).padder()
        padded = padder.update(raw) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(padded) + enc.finalize()

    def decrypt(self, blob: bytes) -> dict[str, Any]:
        dec = self._cipher().decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(self._settings.BLOCK_BITS).unpadder()
        return json.loads(unpadder.update(padded) + unpadder.finalize())


def write_manifest(path: str, manifest: dict[str, Any]) -> None:
    with open(path, "wb") as fh:
        fh.write(ManifestEncryptor().configure().encrypt(manifest))
