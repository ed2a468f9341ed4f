"""Background task that renders PDF thumbnails for uploaded documents."""
from __future__ import annotations

import logging
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

THUMB_DIR = Path("/var/lib/docs/thumbs")


def render_thumbnail(pdf_path: Path, original_name: str, width: int = 320) -> Path:
    """Render page 1 of `pdf_path` to a PNG named after the uploaded file."""
    THUMB_DIR.mkdir(parents=True, exist_ok=True)
    out_base = THUMB_DIR / Path(original_name).stem
    cmd = f"pdftoppm -png -f 1 -l 1 -scale-to {width} '{pdf_path}' '{out_base}'"
    log.debug("running %s", cmd)
    subprocess.run(cmd, shell=True, check=True, timeout=60)
    return out_base.with_name(out_base.name + "-1.png")
