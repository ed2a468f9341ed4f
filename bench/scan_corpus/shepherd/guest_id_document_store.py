"""Holds copies of guest ID documents required for farm-stay registration.

International guests upload a passport scan at check-in; the scan is sealed
with AES-GCM before it is written to disk and purged after ninety days.
"""
import os
import time
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from shepherd.settings import settings

NONCE_BYTES = 12
RETENTION_SECONDS = 90 * 24 * 3600


class GuestDocumentStore:
    def __init__(self, root: Path | None = None, key: bytes | None = None) -> None:
        self.root = root or Path(settings.guest_document_dir)
        self._aead = AESGCM(key or bytes.fromhex(settings.guest_document_key))
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, booking_id: int) -> Path:
        return self.root / f"booking_{booking_id:08d}.bin"

    def put(self, booking_id: int, scan: bytes) -> Path:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, scan, str(booking_id).encode())
        path = self._path(booking_id)
        path.write_bytes(nonce + sealed)
        return path

    def get(self, booking_id: int) -> bytes:
        blob = self._path(booking_id).read_bytes()
        nonce, sealed = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        return self._aead.decrypt(nonce, sealed, str(booking_id).encode())

    def purge_expired(self, now: float | None = None) -> int:
        now = now or time.time()
        removed = 0
        for path in self.root.glob("booking_*.bin"):
            if now - path.stat().st_mtime > RETENTION_SECONDS:
                path.unlink()
                removed += 1
        return removed
