"""Detects duplicate pattern PDFs and SVGs in the shared pattern library."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PatternFile:
    path: Path
    size: int
    digest: str


class LibraryScanner:
    algorithm = "sha256"
    chunk_size = 1 << 20
    suffixes = {".pdf", ".svg", ".dxf"}

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def fingerprint(cls, path: Path) -> str:
        h = hashlib.new(cls.algorithm)
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(cls.chunk_size), b""):
                h.update(chunk)
        return h.hexdigest()

    def files(self):
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and path.suffix.lower() in self.suffixes:
                yield PatternFile(path, path.stat().st_size, self.fingerprint(path))


def find_duplicates(root: Path) -> dict[str, list[Path]]:
    by_size: dict[int, list[Path]] = defaultdict(list)
    for path in root.rglob("*"):
        if path.is_file():
            by_size[path.stat().st_size].append(path)
    groups: dict[str, list[Path]] = defaultdict(list)
    for candidates in by_size.values():
        if len(candidates) < 2:
            continue
        for path in candidates:
            groups[LibraryScanner.fingerprint(path)].append(path)
    return {digest: paths for digest, paths in groups.items() if len(paths) > 1}


def report(root: Path) -> list[str]:
    lines = []
    for digest, paths in sorted(find_duplicates(root).items()):
        keep, *extra = sorted(paths, key=lambda p: (len(p.parts), str(p)))
        lines.append(f"{digest[:12]} keep {keep.relative_to(root)}")
        lines.extend(f"{digest[:12]}   dup {p.relative_to(root)}" for p in extra)
    return lines
