"""Builds the weekly highlight reel from clips cut during the match nights.

The stream operator picks clips in the dashboard and gives the reel a title;
ffmpeg concatenates them and burns the title into the first few seconds.
"""
from __future__ import annotations

import logging
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

CLIPS_DIR = Path("/srv/dartsleague/clips")
REELS_DIR = Path("/srv/dartsleague/reels")
FFMPEG = "/usr/bin/ffmpeg"


@dataclass
class ReelRequest:
    week: int
    title: str
    clip_ids: list[int]

    def clip_paths(self) -> list[Path]:
        return [CLIPS_DIR / f"clip_{int(cid)}.mp4" for cid in self.clip_ids]


def _write_concat_list(paths: list[Path], workdir: Path) -> Path:
    listing = workdir / "inputs.txt"
    listing.write_text("".join(f"file '{p}'\n" for p in paths), encoding="utf-8")
    return listing


def build_reel(req: ReelRequest) -> Path:
    paths = [p for p in req.clip_paths() if p.exists()]
    if not paths:
        raise ValueError("no clips found for reel")
    REELS_DIR.mkdir(parents=True, exist_ok=True)
    output = REELS_DIR / f"week_{req.week:02d}.mp4"

    with tempfile.TemporaryDirectory(prefix="reel-") as tmp:
        listing = _write_concat_list(paths, Path(tmp))
        title_file = Path(tmp) / "title.txt"
        title_file.write_text(req.title, encoding="utf-8")
        args = [
            FFMPEG, "-y",
            "-f", "concat", "-safe", "0", "-i", str(listing),
            "-vf", f"drawtext=textfile={title_file}:fontsize=48:x=40:y=40:enable='lt(t,4)'",
            "-metadata", f"title={req.title}",
            "-c:a", "copy",
            str(output),
        ]
        log.info("building reel for week %d from %d clips", req.week, len(paths))
        subprocess.run(args, check=True, timeout=900, capture_output=True)
    return output
