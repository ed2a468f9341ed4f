"""Content-addressed storage for instrument intake photos.

When an accordion or an organ wind chest comes in, the bench takes photos of
the bellows folds, corners and valves. The tablet app re-uploads freely when
the wifi drops, so photos are stored by the digest of their bytes and
duplicates are skipped.
"""
import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

PHOTO_ROOT = Path("/srv/bellows/photos")
ALLOWED_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/heic": ".heic"}


@dataclass
class StoredPhoto:
    digest: str
    path: Path
    ticket_id: int
    duplicate: bool = False


@dataclass
class PhotoStore:
    root: Path = PHOTO_ROOT
    chunk_size: int = 64 * 1024
    _index: dict = field(default_factory=dict)

    def _fingerprint(self, data: bytes) -> str:
        h = hashlib.sha256()
        for start in range(0, len(data), self.chunk_size):
            h.update(data[start:start + self.chunk_size])
        return h.hexdigest()

    def _target(self, digest: str, content_type: str) -> Path:
        ext = ALLOWED_TYPES[content_type]
        return self.root / digest[:2] / digest[2:4] / f"{digest}{ext}"

    def save(self, ticket_id: int, data: bytes, content_type: str) -> StoredPhoto:
        if content_type not in ALLOWED_TYPES:
            raise ValueError(f"unsupported photo type {content_type!r}")
        digest = self._fingerprint(data)
        target = self._target(digest, content_type)
        if target.exists():
            log.info("photo %s for ticket %s already stored", digest[:12], ticket_id)
            return StoredPhoto(digest, target, ticket_id, duplicate=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        self._index.setdefault(ticket_id, []).append(digest)
        log.info("stored photo %s for ticket %s (%d bytes)", digest[:12], ticket_id, len(data))
        return StoredPhoto(digest, target, ticket_id)

    def photos_for_ticket(self, ticket_id: int) -> list:
        return list(self._index.get(ticket_id, []))

    @staticmethod
    def etag_for(digest: str) -> str:
        return f'"{digest[:32]}"'
