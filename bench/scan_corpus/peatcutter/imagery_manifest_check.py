"""Integrity check for drone imagery deliveries.

Survey contractors deliver each flight as a folder of GeoTIFFs with a
manifest.json listing file names and SHA-256 checksums. Before ingest, the
delivery is checked against its manifest so truncated or corrupted files
are sent back to the contractor.
"""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

BLOCK = 4 * 1024 * 1024


@dataclass
class ManifestReport:
    delivery: str
    matched: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    corrupt: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        return not (self.missing or self.corrupt)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(BLOCK):
            digest.update(chunk)
    return digest.hexdigest()


def check_delivery(delivery_dir: Path) -> ManifestReport:
    manifest = json.loads((delivery_dir / "manifest.json").read_text(encoding="utf-8"))
    present = {p.name: p for p in delivery_dir.iterdir() if p.is_file() and p.name != "manifest.json"}
    report = ManifestReport(delivery=delivery_dir.name)
    listed = set()
    for entry in manifest.get("files", []):
        name = entry["name"]
        listed.add(name)
        target = present.get(name)
        if target is None:
            report.missing.append(name)
        elif file_sha256(target) == entry["sha256"].lower():
            report.matched.append(name)
        else:
            report.corrupt.append(name)
    report.unexpected = sorted(set(present) - listed)
    return report
