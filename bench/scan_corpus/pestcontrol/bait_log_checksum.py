"""Checksums for bait station log exports shipped to the compliance archive."""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

CHUNK = 1024 * 1024


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def count_visits(path: Path) -> int:
    with path.open(newline="", encoding="utf-8") as fh:
        return sum(1 for _ in csv.DictReader(fh))


def build_manifest(export_dir: Path) -> dict:
    entries = []
    for path in sorted(export_dir.glob("bait_log_*.csv")):
        entries.append({
            "file": path.name,
            "bytes": path.stat().st_size,
            "visits": count_visits(path),
            "sha256": file_digest(path),
        })
    return {"directory": str(export_dir), "files": entries}


def verify_manifest(export_dir: Path, manifest_path: Path) -> list[str]:
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    mismatched = []
    for entry in manifest["files"]:
        path = export_dir / entry["file"]
        if not path.exists() or file_digest(path) != entry["sha256"]:
            mismatched.append(entry["file"])
    return mismatched


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("export_dir", type=Path)
    parser.add_argument("--verify", type=Path, help="manifest to check against")
    args = parser.parse_args(argv)
    if args.verify:
        bad = verify_manifest(args.export_dir, args.verify)
        for name in bad:
            print(f"checksum mismatch: {name}", file=sys.stderr)
        return 1 if bad else 0
    json.dump(build_manifest(args.export_dir), sys.stdout, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
