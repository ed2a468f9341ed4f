"""Render shipping-case labels for pallet builds at the end of the bottling line."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

LOT_RE = re.compile(r"^[A-Z0-9]{2,12}-\d{2,4}$")


class LabelRenderError(RuntimeError):
    pass


def render_case_labels(lot_code: str, cases: int, template: Path, out_dir: Path) -> Path:
    if not LOT_RE.match(lot_code):
        raise ValueError(f"unexpected lot code format: {lot_code!r}")
    if not 1 <= cases <= 2000:
        raise ValueError("case count out of range")
    binary = shutil.which("glabels-batch-qt")
    if binary is None:
        raise LabelRenderError("glabels-batch-qt is not installed")
    out_pdf = out_dir / f"cases_{lot_code}.pdf"
    cmd = [
        binary,
        f"--copies={cases}",
        f"--output={out_pdf}",
        "--define", f"lot={lot_code}",
        str(template),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0:
        raise LabelRenderError(result.stderr.strip()[-400:])
    return out_pdf


def send_to_printer(pdf: Path, printer: str) -> None:
    subprocess.run(["lp", "-d", printer, "--", str(pdf)], check=True, timeout=60)
