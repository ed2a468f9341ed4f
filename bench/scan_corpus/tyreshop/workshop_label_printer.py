"""Prints wheel-set labels on the tyre hotel's thermal label printer.

Every wheel set gets a label with plate, rack slot and season. Labels are
rendered to ZPL and sent to the CUPS raw queue of the storage room printer.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

LP_BINARY = shutil.which("lp") or "/usr/bin/lp"


@dataclass
class WheelSetLabel:
    plate: str
    customer_name: str
    rack_slot: str
    season: str
    wheel_count: int = 4


def render_zpl(label: WheelSetLabel) -> str:
    def clean(value: str) -> str:
        return value.replace("^", "").replace("~", "")[:40]

    return (
        "^XA^CF0,60"
        f"^FO40,40^FD{clean(label.plate)}^FS"
        "^CF0,30"
        f"^FO40,120^FD{clean(label.customer_name)}^FS"
        f"^FO40,170^FDSlot {clean(label.rack_slot)}  {clean(label.season)}^FS"
        f"^FO40,220^FD{label.wheel_count} wheels^FS"
        "^XZ"
    )


def print_labels(label: WheelSetLabel, queue: str | None = None, copies: int | None = None) -> str:
    queue = queue or os.environ.get("TYRE_HOTEL_LABEL_QUEUE", "storage-zebra")
    copies = copies or label.wheel_count
    with tempfile.NamedTemporaryFile("w", suffix=".zpl", delete=False) as fh:
        fh.write(render_zpl(label))
        zpl_path = Path(fh.name)
    try:
        result = subprocess.run(
            [LP_BINARY, "-d", queue, "-n", str(copies), "-o", "raw",
             "-t", f"{label.plate} {label.customer_name}", str(zpl_path)],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        )
    finally:
        zpl_path.unlink(missing_ok=True)
    return result.stdout.strip()
