"""Produce the annual assessment-roll extract for the state equalization board."""
import csv
import os
import tempfile
from pathlib import Path

COLUMNS = ("parcel_id", "class_code", "land_value", "improvement_value", "exemptions", "taxable_value")


def _open_temp(directory: Path):
    fd, tmp_name = tempfile.mkstemp(prefix="roll-", suffix=".csv.part", dir=directory)
    return os.fdopen(fd, "w", newline="", encoding="utf-8"), Path(tmp_name)


def export_roll(parcels, out_dir: Path, tax_year: int) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    fh, tmp_path = _open_temp(out_dir)
    try:
        with fh:
            writer = csv.writer(fh)
            writer.writerow(COLUMNS)
            for p in parcels:
                taxable = max(p.land_value + p.improvement_value - p.exemptions, 0)
                writer.writerow(
                    (p.parcel_id, p.class_code, p.land_value, p.improvement_value, p.exemptions, taxable)
                )
        final = out_dir / f"assessment_roll_{tax_year}.csv"
        os.replace(tmp_path, final)
        return final
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise
