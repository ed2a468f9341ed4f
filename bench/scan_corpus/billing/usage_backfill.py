"""CLI: backfill usage records from an archive exported by a customer's metering system."""
import argparse
import csv
import tarfile
import tempfile
from pathlib import Path

from billing.metering import record_usage


def extract(archive: Path, dest: Path) -> list[Path]:
    with tarfile.open(archive, "r:*") as tar:
        tar.extractall(dest)
    return sorted(dest.rglob("*.csv"))


def load(csv_path: Path, subscription_id: str) -> int:
    count = 0
    with csv_path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            record_usage(
                subscription_id=subscription_id,
                meter=row["meter"],
                quantity=int(row["quantity"]),
                occurred_at=row["timestamp"],
            )
            count += 1
    return count


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("archive", type=Path)
    ap.add_argument("--subscription", required=True)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        total = sum(load(p, args.subscription) for p in extract(args.archive, Path(tmp)))
    print(f"imported {total} usage rows")


if __name__ == "__main__":
    main()
