"""De-duplicates hallmark photograph scans before they are attached to assay records."""

import hashlib
import shutil
from pathlib import Path
from typing import Iterator

from workshop.config import settings

CHUNK_SIZE = 1 << 20
SCAN_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK_SIZE), b""):
            digest.update(block)
    return digest.hexdigest()


def iter_scans(folder: Path) -> Iterator[Path]:
    for entry in sorted(folder.iterdir()):
        if entry.is_file() and entry.suffix.lower() in SCAN_SUFFIXES:
            yield entry


def deduplicate_inbox(inbox: Path = settings.SCAN_INBOX, archive: Path = settings.SCAN_ARCHIVE) -> dict:
    seen: dict[str, Path] = {}
    duplicates: list[Path] = []
    for scan in iter_scans(inbox):
        checksum = file_digest(scan)
        if checksum in seen:
            duplicates.append(scan)
            continue
        seen[checksum] = scan
        target = archive / f"{checksum[:2]}" / f"{checksum}{scan.suffix.lower()}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(scan, target)
    for dup in duplicates:
        dup.unlink()
    return {"archived": len(seen), "duplicates_removed": len(duplicates)}
