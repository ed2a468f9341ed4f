"""Writes month-end production reports (per dentist, per clinic) to the finance export folder."""
import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path

EXPORT_DIR_MODE = 0o750
EXPORT_FILE_MODE = 0o640
PERIOD_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@dataclass
class ProductionRow:
    clinic_code: str
    practitioner: str
    procedures: int
    gross_cents: int
    adjustments_cents: int = 0


class ProductionReportWriter:
    def __init__(self, export_dir: Path):
        self.export_dir = export_dir
        self.export_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.export_dir, EXPORT_DIR_MODE)

    def write(self, period: str, rows: list[ProductionRow]) -> Path:
        if not PERIOD_RE.fullmatch(period):
            raise ValueError("period must look like YYYY-MM")
        path = self.export_dir / f"production-{period}.csv"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, EXPORT_FILE_MODE)
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["clinic", "practitioner", "procedures", "gross", "adjustments", "net"])
            for r in rows:
                net = r.gross_cents - r.adjustments_cents
                writer.writerow(
                    [
                        r.clinic_code,
                        r.practitioner,
                        r.procedures,
                        f"{r.gross_cents / 100:.2f}",
                        f"{r.adjustments_cents / 100:.2f}",
                        f"{net / 100:.2f}",
                    ]
                )
        os.chmod(path, EXPORT_FILE_MODE)
        return path
