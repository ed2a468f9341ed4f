"""Persist intermediate tally snapshots for each counting centre.

Snapshots are sealed with AES-GCM; the counting-centre id is bound as
associated data so a blob cannot be replayed under another centre.
"""
import json
import os
import re
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12
_CENTRE_ID = re.compile(r"^[a-z0-9-]{1,32}$")


class SnapshotStore:
    def __init__(self, root: Path, key: bytes | None = None):
        self.root = root
        self._aead = AESGCM(key or bytes.fromhex(os.environ["TALLY_SNAPSHOT_KEY"]))

    def _path(self, centre_id: str, seq: int) -> Path:
        if not _CENTRE_ID.fullmatch(centre_id):
            raise ValueError(f"invalid counting-centre id {centre_id!r}")
        return self.root / centre_id / f"{seq:06d}.snap"

    def save(self, centre_id: str, seq: int, tally: dict) -> Path:
        nonce = os.urandom(NONCE_LEN)
        body = json.dumps(tally, separators=(",", ":")).encode()
        blob = nonce + self._aead.encrypt(nonce, body, centre_id.encode())
        path = self._path(centre_id, seq)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(blob)
        return path

    def load(self, centre_id: str, seq: int) -> dict:
        blob = self._path(centre_id, seq).read_bytes()
        nonce, ct = blob[:NONCE_LEN], blob[NONCE_LEN:]
        return json.loads(self._aead.decrypt(nonce, ct, centre_id.encode()))
