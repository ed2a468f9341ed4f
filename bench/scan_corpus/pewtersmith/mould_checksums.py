"""Content addressing for the mould library.

Every CAD drawing, STL and photo attached to a mould is stored once, keyed
by its SHA-256, so re-uploading the same file from the workshop PC does not
create duplicates. The MD5 is kept only because the object store reports
it as the ETag and we compare against it after an upload.
"""
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    md5: str
    size: int
    source: Path


def fingerprint(path: Path) -> StoredBlob:
    sha = hashlib.sha256()
    md5 = hashlib.md5(usedforsecurity=False)
    size = 0
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            sha.update(chunk)
            md5.update(chunk)
            size += len(chunk)
    return StoredBlob(sha.hexdigest(), md5.hexdigest(), size, path)


def blob_key(blob: StoredBlob) -> str:
    return f"moulds/{blob.sha256[:2]}/{blob.sha256}"


def find_duplicates(paths: Iterable[Path]) -> Iterator[tuple[StoredBlob, StoredBlob]]:
    seen: dict[str, StoredBlob] = {}
    for p in paths:
        blob = fingerprint(p)
        first = seen.setdefault(blob.sha256, blob)
        if first is not blob:
            yield first, blob


def etag_matches(blob: StoredBlob, etag: str) -> bool:
    return blob.md5 == etag.strip('"')


def dedupe_report(folder: Path) -> list[str]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return [
        f"{dup.source} duplicates {orig.source} ({orig.size} bytes)"
        for orig, dup in find_duplicates(files)
    ]
