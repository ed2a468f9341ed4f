"""Checksum manifests for controller firmware images.

Before the gateway flashes a sauna heater or pool pump controller it checks
that every file in the staged bundle matches the vendor's published manifest.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

READ_CHUNK = 1024 * 1024


@dataclass
class ManifestEntry:
    relative_path: str
    size: int
    sha256: str


def file_digest(path: Path, algorithm: str = "sha256") -> str:
    hasher = hashlib.new(algorithm)
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(READ_CHUNK), b""):
            hasher.update(block)
    return hasher.hexdigest()


def build_manifest(bundle_dir: Path) -> list[ManifestEntry]:
    entries = []
    for path in sorted(p for p in bundle_dir.rglob("*") if p.is_file()):
        if path.name == "manifest.json":
            continue
        entries.append(
            ManifestEntry(
                relative_path=path.relative_to(bundle_dir).as_posix(),
                size=path.stat().st_size,
                sha256=file_digest(path),
            )
        )
    return entries


def mismatches(bundle_dir: Path) -> list[str]:
    published = json.loads((bundle_dir / "manifest.json").read_text())
    expected = {item["path"]: item["sha256"].lower() for item in published["files"]}
    actual = {entry.relative_path: entry.sha256 for entry in build_manifest(bundle_dir)}
    problems = [name for name in expected if actual.get(name) != expected[name]]
    problems.extend(name for name in actual if name not in expected)
    return sorted(problems)


def write_manifest(bundle_dir: Path) -> Path:
    target = bundle_dir / "manifest.json"
    payload = {
        "files": [
            {"path": e.relative_path, "size": e.size, "sha256": e.sha256}
            for e in build_manifest(bundle_dir)
        ]
    }
    target.write_text(json.dumps(payload, indent=2))
    return target
