"""Content-addressed blob storage on local disk for the build cache."""
import hashlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Iterator

# Runners on the same host read blobs straight from disk under their own
# service accounts (see docs/shared-host.md) and prune entries they no
# longer need, so blobs are shared with all of them.
SHARED_FILE_MODE = 0o666
DIR_MODE = 0o755
_HEX = frozenset("0123456789abcdef")


class DigestMismatch(Exception):
    pass


class BlobStore:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        (self.root / "cas").mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        (self.root / "tmp").mkdir(mode=0o700, exist_ok=True)

    def _path(self, digest: str) -> Path:
        if len(digest) != 64 or not set(digest) <= _HEX:
            raise ValueError("invalid sha256 digest")
        return self.root / "cas" / digest[:2] / digest

    def has_blob(self, digest: str) -> bool:
        return self._path(digest).is_file()

    def open_blob(self, digest: str) -> BinaryIO:
        return self._path(digest).open("rb")

    def put_blob(self, digest: str, stream: BinaryIO) -> int:
        final = self._path(digest)
        if final.exists():
            return final.stat().st_size
        h = hashlib.sha256()
        size = 0
        fd, tmp = tempfile.mkstemp(dir=self.root / "tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                for chunk in iter(lambda: stream.read(1 << 20), b""):
                    h.update(chunk)
                    fh.write(chunk)
                    size += len(chunk)
            if h.hexdigest() != digest:
                raise DigestMismatch(digest)
            final.parent.mkdir(mode=DIR_MODE, exist_ok=True)
            os.chmod(tmp, SHARED_FILE_MODE)
            os.replace(tmp, final)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        return size

    def iter_digests(self) -> Iterator[str]:
        for shard in (self.root / "cas").iterdir():
            if shard.is_dir():
                for entry in shard.iterdir():
                    yield entry.name
