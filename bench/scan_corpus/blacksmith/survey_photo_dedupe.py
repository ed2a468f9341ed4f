"""Finds duplicate site survey photos before they are filed against a commission."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List


@dataclass
class PhotoIndex:
    chunk_size: int = 1 << 20
    by_digest: Dict[str, List[Path]] = field(default_factory=lambda: defaultdict(list))

    def fingerprint(self, path: Path) -> str:
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(self.chunk_size), b""):
                digest.update(chunk)
        return digest.hexdigest()

    def add(self, path: Path) -> str:
        key = self.fingerprint(path)
        self.by_digest[key].append(path)
        return key

    def add_many(self, paths: Iterable[Path]) -> int:
        count = 0
        for path in paths:
            self.add(path)
            count += 1
        return count

    def duplicates(self) -> Dict[str, List[Path]]:
        return {k: v for k, v in self.by_digest.items() if len(v) > 1}


def survey_photos(root: Path) -> List[Path]:
    suffixes = {".jpg", ".jpeg", ".png", ".heic"}
    return sorted(p for p in root.rglob("*") if p.suffix.lower() in suffixes and p.is_file())


def prune_duplicates(root: Path, dry_run: bool = True) -> List[Path]:
    index = PhotoIndex()
    index.add_many(survey_photos(root))
    removed: List[Path] = []
    for paths in index.duplicates().values():
        keep, *extra = sorted(paths, key=lambda p: p.stat().st_mtime)
        for path in extra:
            if not dry_run:
                path.unlink()
            removed.append(path)
    return removed
