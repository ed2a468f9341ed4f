"""Seals finished-ticket photo archives before they go to cold storage.

After a repair is collected, its intake and completion photos are bundled
into one archive, encrypted with ChaCha20-Poly1305 and moved to the archive
bucket mount. Each archive gets its own random nonce.
"""
import io
import logging
import os
import tarfile
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

log = logging.getLogger(__name__)

ARCHIVE_MOUNT = Path(os.environ.get("PHOTO_ARCHIVE_MOUNT", "/mnt/cold/photos"))
HEADER = b"BWPH2"
NONCE_LEN = 12


class ArchiveSealer:
    def __init__(self, key: bytes):
        self._aead = ChaCha20Poly1305(key)

    @classmethod
    def from_env(cls) -> "ArchiveSealer":
        return cls(bytes.fromhex(os.environ["PHOTO_ARCHIVE_KEY"]))

    def seal(self, ticket_id: int, payload: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        aad = HEADER + str(ticket_id).encode()
        return HEADER + nonce + self._aead.encrypt(nonce, payload, aad)

    def unseal(self, ticket_id: int, blob: bytes) -> bytes:
        if not blob.startswith(HEADER):
            raise ValueError("not a sealed photo archive")
        nonce = blob[len(HEADER):len(HEADER) + NONCE_LEN]
        body = blob[len(HEADER) + NONCE_LEN:]
        return self._aead.decrypt(nonce, body, HEADER + str(ticket_id).encode())


def _bundle(photo_paths: list[Path]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for p in photo_paths:
            tar.add(p, arcname=p.name)
    return buf.getvalue()


def archive_ticket(sealer: ArchiveSealer, ticket_id: int, photo_paths: list[Path]) -> Path:
    blob = sealer.seal(ticket_id, _bundle(photo_paths))
    target = ARCHIVE_MOUNT / f"ticket-{ticket_id:06d}.bwph"
    target.write_bytes(blob)
    log.info("archived %d photos for ticket %s (%d bytes)", len(photo_paths), ticket_id, len(blob))
    return target
