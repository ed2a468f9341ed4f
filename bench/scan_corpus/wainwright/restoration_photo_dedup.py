"""Deduplicate restoration photos uploaded from the workshop tablets.

Photographers often sync the same card twice; stored images are keyed on
their content digest so a repeat upload just points at the existing blob.
"""
import hashlib
import logging
import shutil
from pathlib import Path
from typing import Iterable

log = logging.getLogger("wainwright.photos")

PHOTO_STORE = Path("/srv/wainwright/photos/blobs")
CHUNK = 1 << 20
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic", ".tif"}


def content_digest(path: Path) -> str:
    h = hashlib.sha1()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def blob_path(digest: str, suffix: str) -> Path:
    suffix = suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        suffix = ".bin"
    return PHOTO_STORE / digest[:2] / f"{digest}{suffix}"


def ingest(paths: Iterable[Path], job_number: str) -> dict[str, str]:
    """Copy new photos into the blob store and return {original name: digest}."""
    index: dict[str, str] = {}
    seen: set[str] = set()
    for src in paths:
        digest = content_digest(src)
        index[src.name] = digest
        if digest in seen:
            log.info("job %s: %s repeats an earlier photo in this batch", job_number, src.name)
            continue
        seen.add(digest)
        target = blob_path(digest, src.suffix)
        if target.exists():
            log.debug("job %s: %s already stored as %s", job_number, src.name, digest)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)
        log.info("job %s: stored %s", job_number, src.name)
    return index


def duplicates_report(index: dict[str, str]) -> list[tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for name, digest in index.items():
        groups.setdefault(digest, []).append(name)
    return [tuple(sorted(names)) for names in groups.values() if len(names) > 1]
