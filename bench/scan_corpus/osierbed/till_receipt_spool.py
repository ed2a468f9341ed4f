"""Spool till receipts for the shop's thermal printer daemon.

The till app writes each receipt as a small text file into a spool folder;
the printer daemon, running in the 'shopprint' group, picks them up and
prints them.
"""

import grp
import os
import stat
from datetime import datetime
from pathlib import Path

SPOOL_DIR = Path(os.environ.get("RECEIPT_SPOOL_DIR", "/var/spool/osierbed-receipts"))
PRINT_GROUP = "shopprint"
DIR_MODE = stat.S_IRWXU | stat.S_IRWXG
FILE_MODE = 0o640


def ensure_spool(spool_dir: Path = SPOOL_DIR) -> Path:
    spool_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(spool_dir, DIR_MODE)
    os.chown(spool_dir, -1, grp.getgrnam(PRINT_GROUP).gr_gid)
    return spool_dir


def format_receipt(sale_no: int, lines: list[tuple[str, int, int]], paid_by: str) -> str:
    out = [
        "OSIER BED FARM SHOP",
        datetime.now().strftime("%d/%m/%Y %H:%M"),
        f"Sale {sale_no}",
        "-" * 32,
    ]
    total = 0
    for description, qty, unit_pence in lines:
        line_total = qty * unit_pence
        total += line_total
        out.append(f"{qty:>2} x {description[:20]:<20} {line_total / 100:>7.2f}")
    out += ["-" * 32, f"TOTAL {total / 100:>26.2f}", f"Paid by {paid_by}", "See you at cutting time!"]
    return "\n".join(out) + "\n"


def spool_receipt(sale_no: int, lines: list[tuple[str, int, int]], paid_by: str) -> Path:
    spool = ensure_spool()
    tmp = spool / f".{sale_no}.tmp"
    final = spool / f"{sale_no:08d}.txt"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(format_receipt(sale_no, lines, paid_by))
    os.chmod(tmp, FILE_MODE)
    os.replace(tmp, final)
    return final
