"""Unpacks the weekly wholesaler price file archive (NADAC/WAC updates)."""
from __future__ import annotations

import csv
import sys
import tarfile
import tempfile
from pathlib import Path

EXPECTED_MEMBERS = {"prices.csv", "discontinued.csv"}


def unpack(archive: Path, dest: Path) -> dict[str, Path]:
    with tarfile.open(archive, "r:*") as tar:
        members = [m for m in tar.getmembers() if m.isfile() and m.name in EXPECTED_MEMBERS]
        tar.extractall(dest, members=members, filter="data")
    return {m.name: dest / m.name for m in members}


def load_prices(path: Path) -> dict[str, float]:
    with path.open(newline="", encoding="utf-8") as fh:
        return {row["ndc"]: float(row["unit_price"]) for row in csv.DictReader(fh)}


def main(archive: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files = unpack(Path(archive), Path(tmp))
        if "prices.csv" not in files:
            sys.exit("archive has no prices.csv")
        prices = load_prices(files["prices.csv"])
        print(f"loaded {len(prices)} prices")


if __name__ == "__main__":
    main(sys.argv[1])
