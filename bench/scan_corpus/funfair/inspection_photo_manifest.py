"""Builds a checksum manifest for photos attached to a ride's annual inspection.

The manifest is filed with the inspection body so that any later change to
the photo set can be spotted when the report is audited.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class PhotoEntry:
    relative_path: str
    size_bytes: int
    sha256: str


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def collect(folder: Path) -> list[PhotoEntry]:
    entries = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix.lower() in PHOTO_SUFFIXES:
            entries.append(
                PhotoEntry(
                    relative_path=path.relative_to(folder).as_posix(),
                    size_bytes=path.stat().st_size,
                    sha256=file_digest(path),
                )
            )
    return entries


def write_manifest(entries: list[PhotoEntry], out: Path) -> None:
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["path", "bytes", "sha256"])
        for entry in entries:
            writer.writerow([entry.relative_path, entry.size_bytes, entry.sha256])


def verify_manifest(folder: Path, manifest: Path) -> list[str]:
    problems = []
    with manifest.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            path = folder / row["path"]
            if not path.is_file():
                problems.append(f"missing: {row['path']}")
            elif file_digest(path) != row["sha256"]:
                problems.append(f"changed: {row['path']}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path, help="inspection photo folder")
    parser.add_argument("--manifest", type=Path, default=None)
    parser.add_argument("--verify", action="store_true")
    args = parser.parse_args(argv)
    manifest = args.manifest or args.folder / "MANIFEST.csv"
    if args.verify:
        problems = verify_manifest(args.folder, manifest)
        for line in problems:
            print(line)
        return 1 if problems else 0
    entries = collect(args.folder)
    write_manifest(entries, manifest)
    print(f"wrote {len(entries)} entries to {manifest}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
