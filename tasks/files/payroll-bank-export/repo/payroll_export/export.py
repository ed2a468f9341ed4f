"""Write the payment file for a pay period into the export directory."""
import os
import re

from . import config
from .bank_file import render_csv

_PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def export_path(period, export_dir=None):
    if not _PERIOD.match(period):
        raise ValueError(f"period must look like YYYY-MM, got {period!r}")
    return os.path.join(export_dir or config.EXPORT_DIR, f"payments-{period}.csv")


def export_period(period, payslips, export_dir=None):
    """Render the payment file for ``period`` and write it; returns the file's path."""
    path = export_path(period, export_dir)
    content = render_csv(period, payslips)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(content)
    return path
