"""Envelope encryption for etcd snapshots uploaded to object storage.

Format: MAGIC | 12-byte nonce | AES-256-GCM ciphertext+tag
"""
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"ETCDSNAP1"
NONCE_LEN = 12


class SnapshotSealer:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("snapshot key must be 32 bytes")
        self._aead = AESGCM(key)

    def seal(self, plaintext: bytes, cluster: str) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        ct = self._aead.encrypt(nonce, plaintext, MAGIC + cluster.encode())
        return MAGIC + nonce + ct

    def open(self, blob: bytes, cluster: str) -> bytes:
        if not blob.startswith(MAGIC):
            raise ValueError("not an encrypted etcd snapshot")
        nonce = blob[len(MAGIC):len(MAGIC) + NONCE_LEN]
        ct = blob[len(MAGIC) + NONCE_LEN:]
        return self._aead.decrypt(nonce, ct, MAGIC + cluster.encode())


def seal_file(path: Path, sealer: SnapshotSealer, cluster: str) -> Path:
    out = path.with_suffix(path.suffix + ".sealed")
    out.write_bytes(sealer.seal(path.read_bytes(), cluster))
    return out


def load_sealer() -> SnapshotSealer:
    key_hex = os.environ["ETCD_SNAPSHOT_KEY"]
    return SnapshotSealer(bytes.fromhex(key_hex))
