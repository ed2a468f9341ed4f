"""Content-addressed storage for MiniSEED segments.

Segments are keyed by the SHA-256 of their bytes so that re-ingested data
(for example after a station backfills its ring buffer) is stored only once.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

_DIGEST_RE = re.compile(r"^[0-9a-f]{64}$")


class SegmentStore:
    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)

    @staticmethod
    def digest(data: bytes) -> str:
        return hashlib.sha256(data).hexdigest()

    def _path_for(self, digest: str) -> Path:
        if not _DIGEST_RE.match(digest):
            raise ValueError("not a sha256 hex digest")
        return self.root / digest[:2] / digest[2:4] / digest

    def put(self, data: bytes) -> str:
        digest = self.digest(data)
        path = self._path_for(digest)
        if path.exists():
            return digest
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{digest}.{os.getpid()}.part")
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        return digest

    def get(self, digest: str) -> bytes:
        return self._path_for(digest).read_bytes()

    def verify(self, digest: str) -> bool:
        """Re-hash a stored segment; used by the weekly bit-rot scrub."""
        return self.digest(self.get(digest)) == digest
