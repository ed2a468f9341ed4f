"""Builds a rider's highlight reel from the competition run clips they select on the events site."""
from __future__ import annotations

import logging
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("events.highlights")

FFMPEG = os.environ.get("FFMPEG_BIN", "/usr/bin/ffmpeg")
CLIP_ROOT = Path(os.environ.get("RUN_CLIP_ROOT", "/srv/rampworks/run-clips"))
REEL_ROOT = Path(os.environ.get("REEL_ROOT", "/srv/rampworks/reels"))


@dataclass
class ReelRequest:
    rider_id: int
    event_id: int
    run_ids: list[int]
    title: str


def _clip_path(event_id: int, run_id: int) -> Path:
    return CLIP_ROOT / str(int(event_id)) / f"run-{int(run_id)}.mp4"


def build_reel(req: ReelRequest) -> Path:
    clips = [_clip_path(req.event_id, r) for r in req.run_ids]
    missing = [c for c in clips if not c.is_file()]
    if missing:
        raise FileNotFoundError(f"{len(missing)} run clips not available yet")
    REEL_ROOT.mkdir(parents=True, exist_ok=True)
    output = REEL_ROOT / f"reel-{req.rider_id}-{req.event_id}.mp4"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        for clip in clips:
            listing.write(f"file '{clip}'\n")
        list_path = listing.name
    try:
        subprocess.run(
            [
                FFMPEG, "-hide_banner", "-loglevel", "error", "-y",
                "-f", "concat", "-safe", "0", "-i", list_path,
                "-metadata", f"title={req.title}",
                "-c", "copy", str(output),
            ],
            check=True,
            capture_output=True,
            timeout=900,
        )
    except subprocess.CalledProcessError as exc:
        log.error("reel build failed for rider %s: %s", req.rider_id, exc.stderr.decode(errors="replace"))
        raise
    finally:
        os.unlink(list_path)
    log.info("built highlight reel %s (%d clips)", output.name, len(clips))
    return output
