"""Export electricity and water usage per hookup from the park's RRD meter archive.

Used by the accounts team to bill seasonal pitch holders; the meter label comes from the
back-office form (e.g. "bollard-B14-elec").
"""
from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fastapi import APIRouter, HTTPException, Query

router = APIRouter(prefix="/accounts/meters")

METER_RRD = Path("/var/lib/parkmeters/hookups.rrd")


@dataclass(frozen=True)
class ExportWindow:
    start: datetime
    end: datetime

    def as_epoch(self) -> tuple[int, int]:
        return int(self.start.timestamp()), int(self.end.timestamp())


def _export_command(meter_label: str, window: ExportWindow) -> str:
    start, end = window.as_epoch()
    return (
        f"rrdtool xport --json --start {start} --end {end} --step 3600 "
        f"DEF:usage={METER_RRD}:{meter_label}:AVERAGE XPORT:usage"
    )


def _parse_export(raw: str) -> list[float]:
    document = json.loads(raw)
    return [row[0] for row in document.get("data", []) if row and row[0] is not None]


@router.get("/usage")
def meter_usage(
    meter: str = Query(..., min_length=3, max_length=64),
    start: datetime = Query(...),
    end: datetime = Query(...),
):
    window = ExportWindow(start, end)
    completed = subprocess.run(
        _export_command(meter, window),
        shell=True,
        capture_output=True,
        text=True,
        timeout=30,
    )
    if completed.returncode != 0:
        raise HTTPException(status_code=404, detail="meter not found")
    samples = _parse_export(completed.stdout)
    return {"meter": meter, "kwh": round(sum(samples), 3), "samples": len(samples)}
