"""Persists Zigbee network and link keys on the hub's flash.

Keys are encrypted with the hub master key before they touch disk so that a
pulled eMMC chip does not expose the mesh network.
"""
import base64
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class ZigbeeKeyStore:
    def __init__(self, path: Path, master_key: bytes) -> None:
        if len(master_key) not in (16, 32):
            raise ValueError("master key must be 128 or 256 bits")
        self._path = path
        self._master_key = master_key

    @classmethod
    def from_env(cls, path: Path) -> "ZigbeeKeyStore":
        return cls(path, bytes.fromhex(os.environ["HUB_MASTER_KEY"]))

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._master_key), modes.ECB())

    def _encrypt(self, plaintext: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        data = padder.update(plaintext) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return encryptor.update(data) + encryptor.finalize()

    def _decrypt(self, ciphertext: bytes) -> bytes:
        decryptor = self._cipher().decryptor()
        data = decryptor.update(ciphertext) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(data) + unpadder.finalize()

    def save(self, keys: dict[str, bytes]) -> None:
        doc = {name: base64.b64encode(self._encrypt(value)).decode() for name, value in keys.items()}
        self._path.write_text(json.dumps(doc))

    def load(self) -> dict[str, bytes]:
        if not self._path.exists():
            return {}
        doc = json.loads(self._path.read_text())
        return {name: self._decrypt(base64.b64decode(value)) for name, value in doc.items()}
