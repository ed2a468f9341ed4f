"""Import a legacy donations archive exported from the old fundraising system.

The export is a tarball of CSVs plus scanned Gift Aid declaration forms.
"""

import argparse
import csv
import tarfile
import tempfile
from pathlib import Path

from legacy.loader import load_declaration_scan, load_donations_csv


def extract(archive: Path, dest: Path) -> list[Path]:
    with tarfile.open(archive, "r:*") as tar:
        tar.extractall(dest, filter="data")
    return sorted(p for p in dest.rglob("*") if p.is_file())


def run(archive: Path, dry_run: bool = False) -> dict:
    counts = {"donations": 0, "scans": 0, "skipped": 0}
    with tempfile.TemporaryDirectory(prefix="legacy-import-") as tmp:
        for path in extract(archive, Path(tmp)):
            if path.suffix.lower() == ".csv":
                with path.open(newline="", encoding="latin-1") as fh:
                    rows = list(csv.DictReader(fh))
                if not dry_run:
                    load_donations_csv(rows, source=path.name)
                counts["donations"] += len(rows)
            elif path.suffix.lower() in {".pdf", ".tif", ".tiff"}:
                if not dry_run:
                    load_declaration_scan(path)
                counts["scans"] += 1
            else:
                counts["skipped"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("archive", type=Path)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    print(run(args.archive, args.dry_run))


if __name__ == "__main__":
    main()
