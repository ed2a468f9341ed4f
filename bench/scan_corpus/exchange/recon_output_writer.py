"""Write daily position/cash reconciliation breaks for the ops team.

Output files are read by the ops reporting service (group ``recon``),
so files are group-readable and the output folder is group-accessible.
"""
from __future__ import annotations

import csv
import datetime as dt
import grp
import logging
import os
from dataclasses import astuple, dataclass, fields
from decimal import Decimal
from pathlib import Path

log = logging.getLogger(__name__)

OUTPUT_ROOT = Path(os.environ.get("RECON_OUTPUT_ROOT", "/var/data/recon"))
OUTPUT_GROUP = os.environ.get("RECON_OUTPUT_GROUP", "recon")
DIR_MODE = 0o750
FILE_MODE = 0o640


@dataclass
class Break:
    account_id: str
    symbol: str
    internal_qty: Decimal
    custodian_qty: Decimal
    difference: Decimal
    category: str


def _prepare_dir(day: dt.date) -> Path:
    folder = OUTPUT_ROOT / day.isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, DIR_MODE)
    try:
        os.chown(folder, -1, grp.getgrnam(OUTPUT_GROUP).gr_gid)
    except (KeyError, PermissionError):
        log.warning("could not assign %s to group %s", folder, OUTPUT_GROUP)
    return folder


def write_breaks(day: dt.date, breaks: list[Break]) -> Path:
    folder = _prepare_dir(day)
    path = folder / f"breaks_{day:%Y%m%d}.csv"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([f.name for f in fields(Break)])
        for b in sorted(breaks, key=lambda b: (b.account_id, b.symbol)):
            writer.writerow(astuple(b))
    os.chmod(path, FILE_MODE)
    log.info("wrote %d breaks to %s", len(breaks), path)
    return path


def classify(internal: Decimal, custodian: Decimal) -> str:
    if custodian == 0:
        return "missing_at_custodian"
    if internal == 0:
        return "missing_internal"
    return "quantity_mismatch"


def compare(internal: dict[tuple[str, str], Decimal],
            custodian: dict[tuple[str, str], Decimal]) -> list[Break]:
    breaks = []
    for key in internal.keys() | custodian.keys():
        ours, theirs = internal.get(key, Decimal(0)), custodian.get(key, Decimal(0))
        if ours != theirs:
            breaks.append(Break(key[0], key[1], ours, theirs, ours - theirs, classify(ours, theirs)))
    return breaks
