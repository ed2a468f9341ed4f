"""Generates probe-card touchdown reports with the vendor's CLI.

Called from the wafer-sort web UI; the engineer picks a probe card id and a
date range.
"""
import asyncio
import os
import re
from datetime import date
from pathlib import Path

PCREPORT = os.environ.get("PCREPORT_BIN", "/opt/probecard/bin/pcreport")
REPORT_DIR = Path(os.environ.get("PC_REPORT_DIR", "/data/probecard/reports"))
CARD_ID = re.compile(r"^[A-Z0-9]{2,8}-\d{3,5}$")


async def touchdown_report(card_id: str, start: date, end: date) -> Path:
    if not CARD_ID.match(card_id):
        raise ValueError(f"not a probe card id: {card_id!r}")
    out = REPORT_DIR / f"{card_id}_{start:%Y%m%d}_{end:%Y%m%d}.pdf"
    proc = await asyncio.create_subprocess_exec(
        PCREPORT,
        "--card", card_id,
        "--from", start.isoformat(),
        "--to", end.isoformat(),
        "--format", "pdf",
        "--out", str(out),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"pcreport exited {proc.returncode}: {err.decode(errors='replace')[-300:]}")
    return out
