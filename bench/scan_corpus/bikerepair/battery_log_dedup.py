"""Deduplicates battery diagnostic log files copied from USB sticks at each store."""
from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List


@dataclass
class DedupReport:
    kept: List[Path] = field(default_factory=list)
    duplicates: Dict[Path, Path] = field(default_factory=dict)


class ContentFingerprint:
    chunk_size = 1 << 20

    def __init__(self, algorithm: str = "sha256") -> None:
        self.algorithm = algorithm

    def of(self, path: Path) -> str:
        digest = hashlib.new(self.algorithm)
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(self.chunk_size), b""):
                digest.update(chunk)
        return digest.hexdigest()


class LogArchive:
    patterns = ("*.bms", "*.csv", "*.log")

    def __init__(self, archive_root: Path, fingerprint: ContentFingerprint | None = None) -> None:
        self.archive_root = archive_root
        self.fingerprint = fingerprint or ContentFingerprint()

    def _candidates(self, source: Path) -> Iterable[Path]:
        for pattern in self.patterns:
            yield from source.rglob(pattern)

    def ingest(self, source: Path) -> DedupReport:
        report = DedupReport()
        seen: Dict[str, Path] = {}
        for existing in self.archive_root.glob("*/*"):
            seen[existing.parent.name + existing.stem] = existing
        for path in self._candidates(source):
            fp = self.fingerprint.of(path)
            key = fp[:2] + fp
            if key in seen:
                report.duplicates[path] = seen[key]
                continue
            dest = self.archive_root / fp[:2] / (fp + path.suffix)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, dest)
            seen[key] = dest
            report.kept.append(dest)
        return report
