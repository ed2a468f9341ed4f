"""Checksum manifest for lab test certificates published to the customer document library."""
from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from hashlib import sha256 as _h
from pathlib import Path

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ManifestEntry:
    name: str
    size: int
    digest: str


def file_digest(path: Path) -> str:
    h = _h()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def build_manifest(folder: Path) -> list[ManifestEntry]:
    return [
        ManifestEntry(p.name, p.stat().st_size, file_digest(p))
        for p in sorted(folder.glob("*.pdf"))
    ]


def write_manifest(entries: list[ManifestEntry], out: Path) -> None:
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "bytes", "sha256"])
        for e in entries:
            writer.writerow([e.name, e.size, e.digest])


def verify_manifest(folder: Path, manifest: Path) -> list[str]:
    problems = []
    with manifest.open(newline="") as fh:
        for row in csv.DictReader(fh):
            path = folder / row["file"]
            if not path.is_file():
                problems.append(f"missing: {row['file']}")
            elif file_digest(path) != row["sha256"]:
                problems.append(f"changed: {row['file']}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description="Build or verify the certificate manifest")
    ap.add_argument("folder", type=Path)
    ap.add_argument("--verify", action="store_true")
    args = ap.parse_args()
    manifest = args.folder / "MANIFEST.csv"
    if args.verify:
        problems = verify_manifest(args.folder, manifest)
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    write_manifest(build_manifest(args.folder), manifest)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
