"""Integrity manifest for the yearly batch of rent invoice PDFs.

The finance team uploads the generated invoices to the council's document
store; the manifest lets them confirm that every PDF arrived unchanged.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from pathlib import Path
from typing import Iterator

CHUNK = 1024 * 1024


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def iter_invoices(batch_dir: Path) -> Iterator[Path]:
    yield from sorted(p for p in batch_dir.glob("INV-*.pdf") if p.is_file())


def write_manifest(batch_dir: Path, manifest: Path) -> int:
    count = 0
    with manifest.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["invoice", "bytes", "sha256"])
        for pdf in iter_invoices(batch_dir):
            writer.writerow([pdf.name, pdf.stat().st_size, file_digest(pdf)])
            count += 1
    return count


def check_manifest(batch_dir: Path, manifest: Path) -> list[str]:
    problems = []
    with manifest.open(newline="") as fh:
        for row in csv.DictReader(fh):
            pdf = batch_dir / Path(row["invoice"]).name
            if not pdf.exists():
                problems.append(f"missing: {row['invoice']}")
            elif file_digest(pdf) != row["sha256"]:
                problems.append(f"changed: {row['invoice']}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rent invoice batch manifest")
    parser.add_argument("command", choices=["write", "check"])
    parser.add_argument("batch_dir", type=Path)
    parser.add_argument("--manifest", type=Path, default=Path("manifest.csv"))
    args = parser.parse_args(argv)

    if args.command == "write":
        n = write_manifest(args.batch_dir, args.manifest)
        print(f"wrote {n} entries to {args.manifest}")
        return 0
    problems = check_manifest(args.batch_dir, args.manifest)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
