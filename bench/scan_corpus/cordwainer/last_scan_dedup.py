"""Deduplicate 3D foot scans uploaded from the fitting-room scanner.

The scanner often re-sends the same .stl/.obj export when the Wi-Fi drops, so we
fingerprint each file and skip ones we already hold for that customer.
"""
import hashlib as hl
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

CHUNK = 1 << 20
SCAN_SUFFIXES = {".stl", ".obj", ".ply"}


@dataclass
class ScanFile:
    customer_ref: str
    path: Path
    fingerprint: str


def fingerprint(path: Path) -> str:
    digest = hl.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def iter_incoming(inbox: Path) -> Iterator[Path]:
    for entry in sorted(inbox.iterdir()):
        if entry.is_file() and entry.suffix.lower() in SCAN_SUFFIXES:
            yield entry


def dedupe(customer_ref: str, inbox: Path, archive: Path, known: Iterable[str]) -> list[ScanFile]:
    """Move new scans into the archive, drop exact repeats; return what was kept."""
    seen = set(known)
    kept: list[ScanFile] = []
    target_dir = archive / "scans"
    target_dir.mkdir(parents=True, exist_ok=True)
    for entry in iter_incoming(inbox):
        fp = fingerprint(entry)
        if fp in seen:
            entry.unlink()
            continue
        seen.add(fp)
        dest = target_dir / f"{fp[:16]}{entry.suffix.lower()}"
        shutil.move(str(entry), dest)
        kept.append(ScanFile(customer_ref=customer_ref, path=dest, fingerprint=fp))
    return kept


if __name__ == "__main__":
    import sys

    for scan in dedupe(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), known=()):
        print(scan.fingerprint, scan.path)
