"""Cuts onboard camera clips around incidents for the driver debrief."""
from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import List

log = logging.getLogger("media.onboard")

FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
CLIP_ROOT = Path(os.environ.get("ONBOARD_CLIP_ROOT", "/srv/media/clips"))
LABEL_RE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass
class ClipRequest:
    source: Path
    start_s: float
    duration_s: float
    label: str
    crf: int = 23


def _output_path(req: ClipRequest) -> Path:
    slug = LABEL_RE.sub("_", req.label)[:60] or "clip"
    return CLIP_ROOT / f"{slug}_{int(req.start_s)}.mp4"


def _ffmpeg_args(req: ClipRequest, out: Path) -> List[str]:
    args = [FFMPEG, "-hide_banner", "-loglevel", "error", "-y",
            "-ss", f"{req.start_s:.3f}", "-i", str(req.source),
            "-t", f"{req.duration_s:.3f}", "-c:v", "libx264", "-preset", "veryfast",
            "-crf", str(int(req.crf)), "-an"]
    return args + [str(out)]


def export_clip(req: ClipRequest) -> Path:
    out = _output_path(req)
    out.parent.mkdir(parents=True, exist_ok=True)
    completed = subprocess.run(_ffmpeg_args(req, out), capture_output=True, text=True, timeout=600)
    if completed.returncode != 0:
        log.error("ffmpeg failed for %s: %s", req.label, completed.stderr.strip()[-400:])
        raise RuntimeError(f"clip export failed for {req.label}")
    log.info("exported %s", out)
    return out


if __name__ == "__main__":
    export_clip(ClipRequest(Path("/srv/media/raw/car44_race.mp4"), 3725.4, 12.0,
                            "T4 contact lap 31"))
