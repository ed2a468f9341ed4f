"""Exports the daily dock report (mooring times, shore power, waste disposal) for head office."""

import csv
import os
import shutil
import tempfile
from pathlib import Path

FIELDS = ["port_code", "berth", "all_fast", "let_go", "shore_power_kwh", "waste_m3", "fresh_water_m3"]


def _write_rows(fh, port_calls) -> None:
    writer = csv.DictWriter(fh, fieldnames=FIELDS, extrasaction="ignore")
    writer.writeheader()
    for call in port_calls:
        writer.writerow(call.as_report_row())


def export_dock_report(port_calls, outbox: Path, report_day: str) -> Path:
    """Write to a private scratch file first so the sync agent never sees a half-written CSV."""
    fd, scratch = tempfile.mkstemp(prefix="dock_", suffix=".csv")
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
            _write_rows(fh, port_calls)
        final = outbox / f"dock_report_{report_day}.csv"
        shutil.move(scratch, final)
        return final
    except BaseException:
        if os.path.exists(scratch):
            os.unlink(scratch)
        raise
