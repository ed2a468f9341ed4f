"""Cuts 'hole-in-one' replay clips from the course cameras for guests to download."""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

CAMERA_ROOT = Path(os.environ.get("CAMERA_RECORDINGS", "/srv/puttpalace/cameras"))
CLIP_ROOT = Path(os.environ.get("CLIP_OUTPUT_DIR", "/srv/puttpalace/clips"))
FFMPEG = os.environ.get("FFMPEG_BIN", "ffmpeg")


@dataclass(frozen=True)
class ClipRequest:
    venue_id: int
    hole_number: int
    moment: datetime
    before_s: int = 6
    after_s: int = 4


def _recording_for(req: ClipRequest) -> tuple[Path, float]:
    """Recordings are rotated hourly: <root>/venue-0007/hole-05/2024061514.mp4."""
    folder = CAMERA_ROOT / f"venue-{req.venue_id:04d}" / f"hole-{req.hole_number:02d}"
    source = folder / f"{req.moment:%Y%m%d%H}.mp4"
    offset = req.moment.minute * 60 + req.moment.second - req.before_s
    return source, max(0.0, float(offset))


def cut_clip(req: ClipRequest, clip_id: int) -> Path:
    source, offset = _recording_for(req)
    if not source.is_file():
        raise FileNotFoundError(f"no recording for hole {req.hole_number} at {req.moment:%H:00}")
    CLIP_ROOT.mkdir(parents=True, exist_ok=True)
    target = CLIP_ROOT / f"{clip_id:08d}.mp4"
    duration = req.before_s + req.after_s
    subprocess.run(
        [FFMPEG, "-nostdin", "-y", "-ss", f"{offset:.1f}", "-i", str(source),
         "-t", str(duration), "-c", "copy", "-movflags", "+faststart", str(target)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    log.info("clip %s cut from %s (%.1fs + %ds)", clip_id, source.name, offset, duration)
    return target


def cut_many(requests: list[tuple[int, ClipRequest]]) -> dict[int, str]:
    results = {}
    for clip_id, req in requests:
        try:
            results[clip_id] = str(cut_clip(req, clip_id))
        except (FileNotFoundError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            log.warning("clip %s failed: %s", clip_id, type(exc).__name__)
            results[clip_id] = ""
    return results
