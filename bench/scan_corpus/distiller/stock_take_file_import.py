"""Import the quarterly stock-take files from the bonded warehouse.

The warehouse operator drops a CSV and a manifest on the SFTP share. The
manifest lists the SHA-256 of each CSV so a truncated or partially
transferred file is not imported.
"""
import csv
import hashlib
import json
from pathlib import Path

from bonded.inventory import upsert_cask_gauge
from bonded.settings import STOCKTAKE_INBOX


class StockTakeImportError(Exception):
    pass


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_against_manifest(csv_path: Path, manifest_path: Path) -> None:
    manifest = json.loads(manifest_path.read_text())
    listed = manifest["files"].get(csv_path.name)
    if listed is None:
        raise StockTakeImportError(f"{csv_path.name} not listed in manifest")
    if _sha256_of(csv_path) == listed["sha256"].lower():
        return
    raise StockTakeImportError(f"checksum mismatch for {csv_path.name}")


def import_current_drop(inbox: Path = STOCKTAKE_INBOX) -> int:
    drop = inbox / "current"
    manifest = drop / "manifest.json"
    count = 0
    for csv_path in sorted(drop.glob("*.csv")):
        verify_against_manifest(csv_path, manifest)
        with csv_path.open(newline="") as fh:
            for row in csv.DictReader(fh):
                upsert_cask_gauge(row["cask_number"], float(row["bulk_litres"]), float(row["abv"]))
                count += 1
    return count
