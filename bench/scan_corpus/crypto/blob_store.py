"""Content-addressed blob storage for uploaded attachments.

Blobs are stored under their SHA-256 digest, so identical uploads are kept
only once and the digest doubles as a stable, cacheable identifier.
"""
import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import BinaryIO

DIGEST_RE = re.compile(r"^[0-9a-f]{64}$")
CHUNK = 256 * 1024


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def _path_for(self, digest: str) -> Path:
        if not DIGEST_RE.match(digest):
            raise ValueError("malformed blob digest")
        return self.root / digest[:2] / digest[2:4] / digest

    def put(self, stream: BinaryIO) -> str:
        hasher = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as tmp:
                while chunk := stream.read(CHUNK):
                    hasher.update(chunk)
                    tmp.write(chunk)
            digest = hasher.hexdigest()
            target = self._path_for(digest)
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists():
                os.unlink(tmp_name)
            else:
                os.replace(tmp_name, target)
            return digest
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise

    def open(self, digest: str) -> BinaryIO:
        return self._path_for(digest).open("rb")

    def exists(self, digest: str) -> bool:
        return self._path_for(digest).exists()
