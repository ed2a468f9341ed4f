"""Local store for enforcement evidence photos before they are archived to S3.

Handheld uploads land here; the archiver runs as the same service account and
the web tier only reads through the API, never from disk.
"""
import hashlib
import os
import stat
from pathlib import Path

DIR_MODE = 0o750
FILE_MODE = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP  # 0o640


class PhotoStore:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        os.umask(0o027)
        self.root.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, DIR_MODE)

    def _path_for(self, digest: str) -> Path:
        return self.root / digest[:2] / f"{digest}.jpg"

    def put(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        target = self._path_for(digest)
        target.parent.mkdir(mode=DIR_MODE, exist_ok=True)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return digest

    def get(self, digest: str) -> bytes:
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ValueError("invalid photo id")
        return self._path_for(digest).read_bytes()
