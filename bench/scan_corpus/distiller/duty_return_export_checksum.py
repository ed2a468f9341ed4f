"""Build the monthly excise duty return export for HMRC upload.

The warehouse keeper reviews the CSV before it is submitted; a SHA-256
checksum is stored next to it so the finance team can confirm that the
file they upload is the file that was approved.
"""
import csv
import hashlib
from datetime import date
from pathlib import Path

from bonded.returns import duty_lines_for_period
from bonded.settings import EXPORT_ROOT

FIELDS = ["product_code", "abv", "litres", "lpa", "duty_rate", "duty_due"]


def write_return_csv(period: date, out_dir: Path = EXPORT_ROOT) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"duty_return_{period:%Y_%m}.csv"
    with target.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        for line in duty_lines_for_period(period):
            writer.writerow({k: line[k] for k in FIELDS})
    return target


def file_digest(path: Path, chunk_size: int = 65536) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(chunk_size), b""):
            h.update(chunk)
    return h.hexdigest()


def prepare_export(period: date) -> dict:
    path = write_return_csv(period)
    digest = file_digest(path)
    path.with_suffix(".sha256").write_text(f"{digest}  {path.name}\n")
    return {"period": period.isoformat(), "file": str(path), "sha256": digest}

