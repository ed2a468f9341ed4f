"""Rasterises bottle label PDFs for the thermal printers in the filling line."""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("filling.labels")

GHOSTSCRIPT = os.environ.get("GHOSTSCRIPT_BIN", "gs")


@dataclass(frozen=True)
class PrinterProfile:
    name: str
    dpi: int
    device: str = "pngmono"


PROFILES = {
    "zebra-300": PrinterProfile("zebra-300", 300),
    "zebra-600": PrinterProfile("zebra-600", 600),
}


def rasterize(pdf: Path, out_dir: Path, profile_name: str) -> list[Path]:
    profile = PROFILES[profile_name]
    out_dir.mkdir(parents=True, exist_ok=True)
    pattern = out_dir / f"{pdf.stem}-%03d.png"
    args = [
        GHOSTSCRIPT,
        "-dSAFER",
        "-dBATCH",
        "-dNOPAUSE",
        f"-sDEVICE={profile.device}",
        f"-r{profile.dpi}",
        f"-sOutputFile={pattern}",
        "--",
        str(pdf),
    ]
    result = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0:
        log.error("ghostscript failed for %s: %s", pdf.name, result.stderr[-400:])
        raise RuntimeError(f"rasterisation failed for {pdf.name}")
    return sorted(out_dir.glob(f"{pdf.stem}-*.png"))
