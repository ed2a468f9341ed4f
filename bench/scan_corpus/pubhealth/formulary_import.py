"""Imports the monthly formulary bundle uploaded by the pharmacy team."""
import csv
import tempfile
import zipfile
from pathlib import Path
from typing import Iterator


def _rows(csv_path: Path) -> Iterator[dict]:
    with csv_path.open(newline="", encoding="utf-8") as fh:
        yield from csv.DictReader(fh)


def import_bundle(upload_path: Path, repo) -> int:
    count = 0
    with tempfile.TemporaryDirectory(prefix="formulary-") as tmp:
        staging = Path(tmp)
        with zipfile.ZipFile(upload_path) as zf:
            zf.extractall(staging)
        for csv_path in sorted(staging.rglob("*.csv")):
            for row in _rows(csv_path):
                repo.upsert_item(
                    ndc=row["ndc"],
                    name=row["name"],
                    strength=row.get("strength", ""),
                    formulary_status=row.get("status", "non-formulary"),
                )
                count += 1
    return count
