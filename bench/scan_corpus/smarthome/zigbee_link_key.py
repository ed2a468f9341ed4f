"""Sealed storage for per-device Zigbee install codes and link keys."""
import json
import os
from pathlib import Path

from Crypto.Cipher import AES


class LinkKeyVault:
    """Each record is bound to the device's IEEE address as associated data."""

    def __init__(self, path: Path, kek: bytes) -> None:
        if len(kek) != 32:
            raise ValueError("key-encryption key must be 256 bits")
        self._path = path
        self._kek = kek

    @classmethod
    def from_env(cls, path: Path) -> "LinkKeyVault":
        return cls(path, bytes.fromhex(os.environ["LINK_KEY_KEK"]))

    def seal(self, ieee_addr: str, link_key: bytes) -> dict[str, str]:
        cipher = AES.new(self._kek, AES.MODE_GCM)
        cipher.update(ieee_addr.lower().encode())
        ciphertext, tag = cipher.encrypt_and_digest(link_key)
        return {"nonce": cipher.nonce.hex(), "ct": ciphertext.hex(), "tag": tag.hex()}

    def unseal(self, ieee_addr: str, record: dict[str, str]) -> bytes:
        cipher = AES.new(self._kek, AES.MODE_GCM, nonce=bytes.fromhex(record["nonce"]))
        cipher.update(ieee_addr.lower().encode())
        return cipher.decrypt_and_verify(bytes.fromhex(record["ct"]), bytes.fromhex(record["tag"]))

    def store(self, ieee_addr: str, link_key: bytes) -> None:
        records = self._read()
        records[ieee_addr.lower()] = self.seal(ieee_addr, link_key)
        self._path.write_text(json.dumps(records, indent=2))

    def fetch(self, ieee_addr: str) -> bytes | None:
        record = self._read().get(ieee_addr.lower())
        return self.unseal(ieee_addr, record) if record else None

    def _read(self) -> dict:
        return json.loads(self._path.read_text()) if self._path.exists() else {}
