"""Encryption of telemetry archives written to cold storage.

Each hourly Parquet file from the historian is encrypted with AES-GCM
before upload.  The machine id and hour are bound as associated data.
"""
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
MAGIC = b"RWTA"


@dataclass(frozen=True)
class ArchiveKey:
    key_id: str
    material: bytes

    @classmethod
    def from_env(cls) -> "ArchiveKey":
        return cls(
            key_id=os.environ["RW_ARCHIVE_KEY_ID"],
            material=bytes.fromhex(os.environ["RW_ARCHIVE_KEY"]),
        )


class ArchiveSealer:
    def __init__(self, key: ArchiveKey) -> None:
        self.key = key
        self._aead = AESGCM(key.material)

    @staticmethod
    def _aad(machine_id: str, hour: str) -> bytes:
        return f"{machine_id}|{hour}".encode()

    def seal(self, machine_id: str, hour: str, data: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, data, self._aad(machine_id, hour))
        key_id = self.key.key_id.encode()
        return MAGIC + bytes([len(key_id)]) + key_id + nonce + ct

    def open(self, machine_id: str, hour: str, blob: bytes) -> bytes:
        if not blob.startswith(MAGIC):
            raise ValueError("not a telemetry archive")
        kid_len = blob[len(MAGIC)]
        start = len(MAGIC) + 1 + kid_len
        if blob[len(MAGIC) + 1:start].decode() != self.key.key_id:
            raise ValueError("archive was sealed with another key")
        nonce, ct = blob[start:start + NONCE_BYTES], blob[start + NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, self._aad(machine_id, hour))

    def seal_file(self, machine_id: str, hour: str, path: Path) -> Path:
        out = path.with_suffix(path.suffix + ".sealed")
        out.write_bytes(self.seal(machine_id, hour, path.read_bytes()))
        return out
