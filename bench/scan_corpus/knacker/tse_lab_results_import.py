"""Imports TSE test results returned by the laboratory as a zip bundle.

The lab returns one zip per batch containing a results CSV and the signed
PDF report for each sample; both are unpacked into the batch's folder so
the disposal team can release carcasses held pending a negative result.
"""
import csv
import os
import shutil
import zipfile
from pathlib import Path

from knacker.config import settings
from knacker.tse.service import release_negative, hold_positive

RESULTS_NAME = "results.csv"


def unpack_bundle(bundle_path: Path, batch_id: str) -> Path:
    dest_root = os.path.join(settings.TSE_RESULTS_DIR, batch_id)
    os.makedirs(dest_root, exist_ok=True)
    with zipfile.ZipFile(bundle_path) as bundle:
        for member in bundle.infolist():
            if member.is_dir():
                continue
            target = os.path.join(dest_root, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with bundle.open(member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
    return Path(dest_root)


def apply_results(batch_dir: Path) -> dict:
    counts = {"negative": 0, "positive": 0, "void": 0}
    with (batch_dir / RESULTS_NAME).open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            outcome = row["result"].strip().lower()
            if outcome == "negative":
                release_negative(row["barcode"], batch_id=batch_dir.name)
            elif outcome == "positive":
                hold_positive(row["barcode"], batch_id=batch_dir.name)
            else:
                outcome = "void"
            counts[outcome] += 1
    return counts


def import_bundle(bundle_path: Path, batch_id: str) -> dict:
    return apply_results(unpack_bundle(bundle_path, batch_id))
