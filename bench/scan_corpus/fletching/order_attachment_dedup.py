"""Deduplicate customer-uploaded reference photos and spec sheets.

Customers often upload the same crest photo or draw-weight chart to several
orders. We keep one blob per content digest and point orders at it.
"""
import hashlib
import shutil
from pathlib import Path
from typing import BinaryIO, Iterator

BLOB_ROOT = Path("/srv/fletching/blobs")
CHUNK = 1024 * 1024
HEX = set("0123456789abcdef")


def _chunks(stream: BinaryIO, size: int = CHUNK) -> Iterator[bytes]:
    while True:
        block = stream.read(size)
        if not block:
            return
        yield block


def content_key(stream: BinaryIO) -> str:
    digest = hashlib.sha1()
    for block in _chunks(stream):
        digest.update(block)
    stream.seek(0)
    return digest.hexdigest()


class BlobStore:
    def __init__(self, root: Path = BLOB_ROOT):
        self.root = root

    def _path_for(self, key: str) -> Path:
        return self.root / key[:2] / key[2:4] / key

    def put(self, stream: BinaryIO) -> str:
        key = content_key(stream)
        target = self._path_for(key)
        if target.exists():
            return key
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        with partial.open("wb") as out:
            shutil.copyfileobj(stream, out, CHUNK)
        partial.replace(target)
        return key

    def open(self, key: str) -> BinaryIO:
        if len(key) != 40 or not set(key) <= HEX:
            raise KeyError(key)
        return self._path_for(key).open("rb")


def attach_to_order(db, store: BlobStore, order_id: int, upload, kind: str) -> str:
    key = store.put(upload.stream)
    db.execute(
        "INSERT INTO order_attachments (order_id, blob_key, kind, original_name) VALUES (%s, %s, %s, %s) "
        "ON CONFLICT (order_id, blob_key) DO NOTHING",
        (order_id, key, kind, upload.filename),
    )
    return key
