"""Simplifies dense GPX recordings so they load quickly in the guide app map."""
from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

GPSBABEL = shutil.which("gpsbabel") or "/usr/bin/gpsbabel"
TRACK_STORE = Path("/srv/cycletouring/tracks")


@dataclass
class SimplifyRequest:
    track_id: int
    tolerance_m: int
    title: str


def _source_path(track_id: int) -> Path:
    return TRACK_STORE / "raw" / f"{track_id}.gpx"


def simplify(req: SimplifyRequest) -> Path:
    """Writes <track_id>.gpx into the 'light' folder with the rider's chosen title."""
    if not 1 <= req.tolerance_m <= 200:
        raise ValueError("tolerance must be between 1 and 200 metres")
    src = _source_path(req.track_id)
    out_dir = TRACK_STORE / "light"
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / f"{req.track_id}.gpx"
    safe_title = req.title.replace(",", " ").strip()[:60] or f"track-{req.track_id}"

    with tempfile.NamedTemporaryFile(dir=out_dir, suffix=".gpx", delete=False) as tmp:
        tmp_path = Path(tmp.name)
    argv = [
        GPSBABEL,
        "-i", "gpx", "-f", str(src),
        "-x", f"simplify,error={req.tolerance_m / 1000:.3f}k",
        "-x", f"track,title={safe_title}",
        "-o", "gpx", "-F", str(tmp_path),
    ]
    try:
        subprocess.run(argv, check=True, capture_output=True, text=True, timeout=90)
    except subprocess.CalledProcessError as exc:
        tmp_path.unlink(missing_ok=True)
        log.error("gpsbabel could not simplify track %s: %s", req.track_id, exc.stderr.strip())
        raise
    tmp_path.replace(final)
    log.info("simplified track %s at %sm tolerance", req.track_id, req.tolerance_m)
    return final
