"""Checksums for hand record files sent with a results upload.

The federation asks for a manifest listing every PBN file of a session
with its SHA-256, so it can tell whether the deals were changed after
the results were scored.
"""
from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import List

CHUNK_SIZE = 64 * 1024


@dataclass
class ManifestEntry:
    file: str
    size: int
    sha256: str
    boards: int


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def count_boards(path: Path) -> int:
    with path.open(encoding="utf-8", errors="replace") as fh:
        return sum(1 for line in fh if line.startswith("[Board "))


def build_manifest(session_dir: Path) -> List[ManifestEntry]:
    entries = []
    for pbn in sorted(session_dir.glob("*.pbn")):
        entries.append(
            ManifestEntry(
                file=pbn.name,
                size=pbn.stat().st_size,
                sha256=file_digest(pbn),
                boards=count_boards(pbn),
            )
        )
    return entries


def verify_manifest(session_dir: Path, manifest_path: Path) -> List[str]:
    recorded = json.loads(manifest_path.read_text(encoding="utf-8"))
    changed = []
    for item in recorded["files"]:
        current = session_dir / item["file"]
        if not current.is_file() or file_digest(current) != item["sha256"]:
            changed.append(item["file"])
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("session_dir", type=Path)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    manifest = {"files": [asdict(e) for e in build_manifest(args.session_dir)]}
    out = args.out or args.session_dir / "manifest.json"
    out.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    print(f"wrote {out} ({len(manifest['files'])} files)")


if __name__ == "__main__":
    main()
