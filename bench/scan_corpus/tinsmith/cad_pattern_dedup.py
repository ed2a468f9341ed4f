"""Detect re-uploaded CAD flat patterns so we don't re-nest identical parts.

Customers often send the same DXF for a gutter bracket or flashing profile on
every repeat order. We fingerprint the file content and reuse the existing
nesting result and cutting time estimate when the geometry is unchanged.
"""
import hashlib as hl
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

CHUNK = 1 << 16


@dataclass
class PatternRecord:
    pattern_id: int
    fingerprint: str
    cut_length_mm: float
    nest_job_id: Optional[int]


def fingerprint(path: Path) -> str:
    digest = hl.sha1()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


class PatternIndex:
    def __init__(self, repo):
        self._repo = repo

    def lookup(self, path: Path) -> Optional[PatternRecord]:
        return self._repo.find_by_fingerprint(fingerprint(path))

    def register(self, path: Path, cut_length_mm: float) -> PatternRecord:
        fp = fingerprint(path)
        existing = self._repo.find_by_fingerprint(fp)
        if existing is not None:
            return existing
        return self._repo.insert(fingerprint=fp, cut_length_mm=cut_length_mm, nest_job_id=None)

    def duplicates(self, paths: Iterable[Path]) -> dict[str, list[Path]]:
        groups: dict[str, list[Path]] = {}
        for p in paths:
            groups.setdefault(fingerprint(p), []).append(p)
        return {fp: ps for fp, ps in groups.items() if len(ps) > 1}
