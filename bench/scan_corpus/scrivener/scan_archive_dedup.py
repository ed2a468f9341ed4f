"""Deduplicate scanned originals before they enter the archive.

Scanning stations sometimes upload the same page batch twice when a
network share reconnects. We fingerprint each file's bytes and skip any
scan whose content is already archived.
"""
import hashlib
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

log = logging.getLogger(__name__)

CHUNK = 1 << 20
SCAN_PATTERNS = ("*.tif", "*.tiff", "*.pdf")


@dataclass(frozen=True)
class ScanFile:
    path: Path
    fingerprint: str
    size: int


def fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def collect(inbox: Path, patterns: Iterable[str] = SCAN_PATTERNS) -> list[ScanFile]:
    found = []
    for pattern in patterns:
        for p in sorted(inbox.glob(pattern)):
            found.append(ScanFile(p, fingerprint(p), p.stat().st_size))
    return found


class ArchiveIngest:
    def __init__(self, archive_root: Path, known: Iterable[str] = ()):
        self.archive_root = archive_root
        self.known = set(known)

    def target_for(self, scan: ScanFile) -> Path:
        name = f"{scan.fingerprint}{scan.path.suffix.lower()}"
        return self.archive_root / scan.fingerprint[:2] / name

    def ingest(self, inbox: Path) -> dict[str, int]:
        stats = {"archived": 0, "duplicates": 0, "bytes": 0}
        for scan in collect(inbox):
            if scan.fingerprint in self.known:
                log.info("duplicate scan %s (%s)", scan.path.name, scan.fingerprint[:12])
                stats["duplicates"] += 1
                scan.path.unlink()
                continue
            target = self.target_for(scan)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(scan.path), target)
            self.known.add(scan.fingerprint)
            stats["archived"] += 1
            stats["bytes"] += scan.size
        return stats


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    result = ArchiveIngest(Path(sys.argv[2])).ingest(Path(sys.argv[1]))
    print(result)
