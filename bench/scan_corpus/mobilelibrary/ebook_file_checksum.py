"""Integrity checks for e-book files pushed to the van tablets.

Before a route, the sync job copies licensed EPUB and PDF files to the
tablet's offline store.  The manifest records a SHA-256 of each file so the
tablet can detect truncated or corrupted copies after a poor connection.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from hashlib import sha256 as _h
from pathlib import Path
from typing import Iterable, Iterator

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ManifestEntry:
    title_id: str
    file_name: str
    size: int
    sha256: str


def file_digest(path: Path) -> str:
    digest = _h()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def build_manifest(store: Path, title_ids: Iterable[str]) -> list[ManifestEntry]:
    entries = []
    for title_id in title_ids:
        for path in sorted(store.glob(f"{title_id}.*")):
            entries.append(
                ManifestEntry(title_id, path.name, path.stat().st_size, file_digest(path))
            )
    return entries


def write_manifest(entries: list[ManifestEntry], target: Path) -> None:
    target.write_text(json.dumps([asdict(e) for e in entries], indent=2), encoding="utf-8")


def verify_copy(store: Path, manifest_path: Path) -> Iterator[tuple[str, str]]:
    """Yield (file_name, problem) for each file that does not match the manifest."""
    for raw in json.loads(manifest_path.read_text(encoding="utf-8")):
        entry = ManifestEntry(**raw)
        path = store / Path(entry.file_name).name
        if not path.is_file():
            yield entry.file_name, "missing"
        elif path.stat().st_size != entry.size:
            yield entry.file_name, "size mismatch"
        elif file_digest(path) != entry.sha256:
            yield entry.file_name, "checksum mismatch"


if __name__ == "__main__":
    import sys

    problems = list(verify_copy(Path(sys.argv[1]), Path(sys.argv[2])))
    for name, problem in problems:
        print(f"{name}: {problem}")
    sys.exit(1 if problems else 0)
