"""Render imposed sheets for the imposition preview.

The imposition engine writes a full-sheet PDF to a scratch file which is then
rasterised for the preview and removed.
"""
import os
import subprocess
import tempfile
from pathlib import Path

from printshop.config import settings
from printshop.imposition import ImpositionPlan, write_sheet_pdf

RENDER_DPI = 72


def render_sheet_preview(plan: ImpositionPlan, sheet_index: int, out_png: Path) -> Path:
    fd, scratch = tempfile.mkstemp(prefix="impose-", suffix=".pdf", dir=settings.SCRATCH_DIR)
    try:
        with os.fdopen(fd, "wb") as fh:
            write_sheet_pdf(plan, sheet_index, fh)
        subprocess.run(
            [
                settings.GHOSTSCRIPT_BINARY, "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE",
                "-sDEVICE=png16m", f"-r{RENDER_DPI}", f"-sOutputFile={out_png}", scratch,
            ],
            check=True,
            timeout=60,
        )
    finally:
        os.unlink(scratch)
    return out_png


def render_all(plan: ImpositionPlan, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        render_sheet_preview(plan, index, out_dir / f"sheet-{index + 1:02d}.png")
        for index in range(plan.sheet_count)
    ]
