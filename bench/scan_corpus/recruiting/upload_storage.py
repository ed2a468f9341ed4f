"""Local filesystem storage backend for candidate uploads (dev and on-prem installs)."""

import hashlib
import os
import stat
from pathlib import Path

UPLOAD_ROOT = Path(os.environ.get("ATS_UPLOAD_ROOT", "/var/lib/ats/uploads"))
DIR_MODE = stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP  # 0o750
FILE_MODE = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP  # 0o640
_HEX = frozenset("0123456789abcdef")


class LocalUploadStorage:
    """Content-addressed storage: files are stored under their SHA-256 digest."""

    def __init__(self, root: Path = UPLOAD_ROOT):
        self.root = root
        previous = os.umask(0o027)
        try:
            self.root.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        finally:
            os.umask(previous)

    def _path_for(self, digest: str) -> Path:
        if len(digest) != 64 or not set(digest) <= _HEX:
            raise ValueError("invalid upload key")
        return self.root / digest[:2] / digest[2:4] / digest

    def save(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        path = self._path_for(digest)
        path.parent.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(path, FILE_MODE)
        return digest

    def read(self, digest: str) -> bytes:
        return self._path_for(digest).read_bytes()

    def delete(self, digest: str) -> None:
        self._path_for(digest).unlink(missing_ok=True)
