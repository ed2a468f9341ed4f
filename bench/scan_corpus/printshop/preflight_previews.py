"""Preflight step: rasterise page 1 of an uploaded PDF for the order preview."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

GS_BIN = os.environ.get("GS_BIN", "gs")
PREVIEW_DPI = 72


class PreflightError(RuntimeError):
    pass


def _gs_args(src: Path, out: Path, dpi: int) -> list[str]:
    return [
        GS_BIN, "-dSAFER", "-dBATCH", "-dNOPAUSE", "-dQUIET",
        "-sDEVICE=png16m", f"-r{dpi}", "-dFirstPage=1", "-dLastPage=1",
        f"-sOutputFile={out}",
        str(src.resolve()),
    ]


def render_preview(src: Path, out_dir: Path, dpi: int = PREVIEW_DPI) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / "page-1.png"
    proc = subprocess.run(
        _gs_args(src, out, int(dpi)),
        shell=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if proc.returncode != 0 or not out.exists():
        raise PreflightError(f"ghostscript exited {proc.returncode}: {proc.stderr[-500:]}")
    return out


def preflight_upload(order_id: int, stored: Path, preview_root: Path) -> dict:
    preview = render_preview(stored, preview_root / str(order_id))
    return {"order_id": order_id, "file": stored.name, "preview": str(preview)}
