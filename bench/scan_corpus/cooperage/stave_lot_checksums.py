"""Writes checksum manifests for stave lot exports sent to the grading lab."""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List


@dataclass(frozen=True)
class ManifestFormat:
    digest_name: str = "sha256"
    read_block: int = 1 << 20
    manifest_name: str = "MANIFEST.sha256"


class LotExportManifest:
    """Each drying-yard export folder gets a manifest the lab verifies on receipt."""

    def __init__(self, export_dir: Path, fmt: ManifestFormat = ManifestFormat()) -> None:
        self.export_dir = export_dir
        self.fmt = fmt

    def _file_digest(self, path: Path) -> str:
        digest = hashlib.new(self.fmt.digest_name)
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(self.fmt.read_block), b""):
                digest.update(block)
        return digest.hexdigest()

    def _export_files(self) -> Iterable[Path]:
        for path in sorted(self.export_dir.glob("*.csv")):
            if path.name != self.fmt.manifest_name:
                yield path

    def build(self) -> Dict[str, str]:
        return {p.name: self._file_digest(p) for p in self._export_files()}

    def write(self) -> Path:
        target = self.export_dir / self.fmt.manifest_name
        lines = [f"{digest}  {name}" for name, digest in self.build().items()]
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return target

    def verify(self) -> List[str]:
        target = self.export_dir / self.fmt.manifest_name
        mismatched: List[str] = []
        recorded = {}
        for line in target.read_text(encoding="utf-8").splitlines():
            digest, name = line.split("  ", 1)
            recorded[name] = digest
        for name, digest in self.build().items():
            if recorded.get(name) != digest:
                mismatched.append(name)
        return mismatched


def export_lot(rows: Iterable[Dict[str, str]], export_dir: Path, lot: str) -> Path:
    export_dir.mkdir(parents=True, exist_ok=True)
    with (export_dir / f"{lot}.csv").open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["stave_id", "moisture_pct", "grain"])
        writer.writeheader()
        writer.writerows(rows)
    return LotExportManifest(export_dir).write()
