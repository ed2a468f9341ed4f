"""Checksums for generated cremation certificate PDFs, used to detect corrupted archives."""
from __future__ import annotations

import argparse
import csv
import sys
from hashlib import sha256 as _sha256
from pathlib import Path
from typing import Iterator

CHUNK = 1 << 16
MANIFEST_NAME = "MANIFEST.csv"


def file_digest(path: Path) -> str:
    h = _sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def iter_certificates(archive_dir: Path) -> Iterator[Path]:
    yield from sorted(archive_dir.glob("*.pdf"))


def write_manifest(archive_dir: Path) -> int:
    count = 0
    with (archive_dir / MANIFEST_NAME).open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "sha256", "bytes"])
        for pdf in iter_certificates(archive_dir):
            writer.writerow([pdf.name, file_digest(pdf), pdf.stat().st_size])
            count += 1
    return count


def check_manifest(archive_dir: Path) -> list[str]:
    problems = []
    with (archive_dir / MANIFEST_NAME).open(newline="") as fh:
        for row in csv.DictReader(fh):
            pdf = archive_dir / row["file"]
            if not pdf.exists():
                problems.append(f"missing: {row['file']}")
            elif file_digest(pdf) != row["sha256"]:
                problems.append(f"checksum mismatch: {row['file']}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["write", "check"])
    parser.add_argument("archive_dir", type=Path)
    args = parser.parse_args(argv)
    if args.command == "write":
        print(f"wrote manifest for {write_manifest(args.archive_dir)} certificates")
        return 0
    problems = check_manifest(args.archive_dir)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
