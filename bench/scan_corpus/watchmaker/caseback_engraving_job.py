"""Send caseback engraving jobs to the laser engraver controller.

Customers can order a personal dedication on the caseback; the text is
rendered by the vendor's command line controller on the engraving PC.
"""
from __future__ import annotations

import os
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import List

ENGRAVER_BIN = os.environ.get("ENGRAVER_BIN", "/opt/lasermark/bin/lmctl")
JOB_DIR = Path(os.environ.get("ENGRAVER_JOB_DIR", "/srv/engraving/jobs"))
MAX_CHARS = 40


@dataclass
class EngravingOrder:
    order_id: str
    case_serial: str
    dedication: str
    font: str = "Garamond"
    diameter_mm: float = 32.0


def _clean(text: str) -> str:
    normalised = unicodedata.normalize("NFC", text).strip()
    if not normalised or len(normalised) > MAX_CHARS:
        raise ValueError("dedication must be 1-40 characters")
    return normalised


def build_argv(order: EngravingOrder) -> List[str]:
    return [
        ENGRAVER_BIN,
        "engrave",
        "--job-id", order.order_id,
        "--serial", order.case_serial,
        "--font", order.font,
        "--diameter", f"{order.diameter_mm:.1f}",
        "--text", _clean(order.dedication),
        "--log", str(JOB_DIR / f"{order.order_id}.log"),
    ]


def submit(order: EngravingOrder) -> str:
    JOB_DIR.mkdir(parents=True, exist_ok=True)
    completed = subprocess.run(
        build_argv(order),
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return completed.stdout.strip()
