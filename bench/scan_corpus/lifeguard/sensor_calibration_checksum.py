"""Builds a checksum manifest for water-quality sensor calibration files."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Dict, Iterator, Optional


class ManifestSettings:
    digest_name = "sha256"
    chunk_size = 1 << 16
    pattern = "*.cal"


def iter_chunks(path: Path, size: int) -> Iterator[bytes]:
    with path.open("rb") as fh:
        while chunk := fh.read(size):
            yield chunk


class CalibrationManifest:
    """Lets field techs spot calibration files that changed since the last probe service."""

    def __init__(self, root: Path, settings: Optional[ManifestSettings] = None) -> None:
        self.root = root
        self.settings = settings or ManifestSettings()

    def digest(self, path: Path) -> str:
        h = hashlib.new(self.settings.digest_name)
        for chunk in iter_chunks(path, self.settings.chunk_size):
            h.update(chunk)
        return h.hexdigest()

    def build(self) -> Dict[str, str]:
        files = sorted(self.root.rglob(self.settings.pattern))
        return {p.relative_to(self.root).as_posix(): self.digest(p) for p in files}

    def write(self, target: Path) -> None:
        target.write_text(json.dumps(self.build(), indent=2, sort_keys=True))

    def drift(self, manifest_path: Path) -> Dict[str, str]:
        recorded = json.loads(manifest_path.read_text())
        current = self.build()
        changed = {}
        for name, value in current.items():
            if recorded.get(name) != value:
                changed[name] = "modified" if name in recorded else "added"
        for name in recorded.keys() - current.keys():
            changed[name] = "removed"
        return changed
