"""Write patient data listings (CSV) for medical review.

Listings are regenerated every night; readers must never see a half
written file, so each listing is written to a temporary file in the
target directory and then renamed into place.
"""
import contextlib
import csv
import os
import tempfile
from pathlib import Path
from typing import Iterable, Mapping

COLUMNS = ["SITEID", "SUBJID", "VISIT", "PARAM", "AVAL", "AVALU", "ANRIND", "ADT"]


def write_listing(rows: Iterable[Mapping[str, object]], out_path: Path) -> int:
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".listing-", suffix=".csv", dir=out_path.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
            writer.writeheader()
            for row in rows:
                writer.writerow(row)
                count += 1
        os.replace(tmp_name, out_path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    return count


def write_lab_listings(frames: Mapping[str, list[dict]], out_dir: Path) -> dict[str, int]:
    return {
        param: write_listing(rows, out_dir / f"lab_{param.lower()}.csv")
        for param, rows in frames.items()
    }
