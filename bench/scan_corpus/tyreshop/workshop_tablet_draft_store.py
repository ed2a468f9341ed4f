"""Encrypted draft storage for tablet inspection checklists.

Before a car leaves the lift, the mechanic fills in the safety inspection
checklist (brakes, lights, tyre pressures). Unsaved drafts are kept in the
tablet's app storage, encrypted with ChaCha20-Poly1305.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_LEN = 12
FORMAT_VERSION = b"\x01"


class DraftStore:
    def __init__(self, root: Path, key: bytes, tablet_id: str) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        self._aead = ChaCha20Poly1305(key)
        self._aad_prefix = f"tablet:{tablet_id}:".encode()

    def _path(self, job_id: int) -> Path:
        return self.root / f"checklist-{job_id}.bin"

    def save(self, job_id: int, checklist: dict) -> None:
        nonce = os.urandom(NONCE_LEN)
        aad = self._aad_prefix + str(job_id).encode()
        body = self._aead.encrypt(nonce, json.dumps(checklist).encode("utf-8"), aad)
        tmp = self._path(job_id).with_suffix(".tmp")
        tmp.write_bytes(FORMAT_VERSION + nonce + body)
        tmp.replace(self._path(job_id))

    def load(self, job_id: int) -> dict | None:
        path = self._path(job_id)
        if not path.exists():
            return None
        blob = path.read_bytes()
        if blob[:1] != FORMAT_VERSION:
            raise ValueError(f"unknown draft format in {path.name}")
        nonce, body = blob[1 : 1 + NONCE_LEN], blob[1 + NONCE_LEN :]
        aad = self._aad_prefix + str(job_id).encode()
        return json.loads(self._aead.decrypt(nonce, body, aad))

    def discard(self, job_id: int) -> None:
        self._path(job_id).unlink(missing_ok=True)

    def pending_jobs(self) -> list[int]:
        return sorted(int(p.stem.split("-", 1)[1]) for p in self.root.glob("checklist-*.bin"))
