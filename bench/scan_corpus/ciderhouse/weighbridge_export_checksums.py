"""Writes and checks checksum manifests for nightly weighbridge ticket CSV exports."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True)
class ManifestEntry:
    name: str
    size: int
    digest: str

    def line(self) -> str:
        return f"{self.digest}  {self.size}  {self.name}"

    @classmethod
    def parse(cls, line: str) -> "ManifestEntry":
        digest, size, name = line.split(None, 2)
        return cls(name=name, size=int(size), digest=digest)


class ExportManifest:
    manifest_name = "SHA256SUMS"
    block = 1 << 20

    def __init__(self, export_dir: Path) -> None:
        self.export_dir = export_dir

    def _digest(self, path: Path) -> str:
        h = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(self.block), b""):
                h.update(chunk)
        return h.hexdigest()

    def _exports(self) -> Iterable[Path]:
        return sorted(self.export_dir.glob("tickets_*.csv"))

    def write(self) -> Path:
        entries = [
            ManifestEntry(p.name, p.stat().st_size, self._digest(p)) for p in self._exports()
        ]
        target = self.export_dir / self.manifest_name
        target.write_text("\n".join(e.line() for e in entries) + "\n")
        return target

    def mismatches(self) -> list[str]:
        problems = []
        manifest = self.export_dir / self.manifest_name
        for raw in manifest.read_text().splitlines():
            entry = ManifestEntry.parse(raw)
            path = self.export_dir / entry.name
            if not path.exists():
                problems.append(f"{entry.name}: missing")
            elif self._digest(path) != entry.digest:
                problems.append(f"{entry.name}: checksum differs")
        return problems
