"""Detect duplicate stave photographs uploaded by timber suppliers.

Suppliers often re-send the same yew or osage stave photos with every price list.
We fingerprint the bytes and only keep the first copy of each image.
"""
import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

CHUNK = 1 << 16
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


@dataclass(frozen=True)
class StavePhoto:
    path: Path
    fingerprint: str
    size: int


def fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def scan(folder: Path) -> Iterator[StavePhoto]:
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES:
            yield StavePhoto(p, fingerprint(p), p.stat().st_size)


def split_duplicates(photos: Iterable[StavePhoto]):
    seen: dict[str, StavePhoto] = {}
    dupes: list[tuple[StavePhoto, StavePhoto]] = []
    for photo in photos:
        original = seen.get(photo.fingerprint)
        if original is None:
            seen[photo.fingerprint] = photo
        else:
            dupes.append((photo, original))
    return list(seen.values()), dupes


def archive_duplicates(inbox: Path, archive: Path) -> int:
    archive.mkdir(parents=True, exist_ok=True)
    _, dupes = split_duplicates(scan(inbox))
    for dupe, _original in dupes:
        target = archive / f"{dupe.fingerprint[:16]}{dupe.path.suffix.lower()}"
        shutil.move(str(dupe.path), target)
    return len(dupes)


if __name__ == "__main__":
    import sys

    moved = archive_duplicates(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"archived {moved} duplicate stave photos")
