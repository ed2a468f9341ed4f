"""Transcodes uploaded masters to the cutting lathe's playback format.

The cutting room's playback system wants 24-bit / 96 kHz WAV per side.
Clients upload whatever they have; this job converts it with ffmpeg.
"""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("cutting.transcode")


@dataclass
class TranscodeTask:
    job_id: int
    side: str
    source: Path
    output_dir: Path


class LatheTranscoder:
    def __init__(self, ffmpeg: str = "/usr/bin/ffmpeg", sample_rate: int = 96000) -> None:
        self._ffmpeg = ffmpeg
        self._sample_rate = sample_rate

    def _command(self, task: TranscodeTask, target: Path) -> list[str]:
        return [
            self._ffmpeg,
            "-hide_banner", "-loglevel", "error", "-y",
            "-i", str(task.source),
            "-ar", str(self._sample_rate),
            "-c:a", "pcm_s24le",
            "-map_metadata", "-1",
            str(target),
        ]

    def run(self, task: TranscodeTask) -> Path:
        if task.side not in {"A", "B", "C", "D"}:
            raise ValueError(f"bad side {task.side!r}")
        task.output_dir.mkdir(parents=True, exist_ok=True)
        target = task.output_dir / f"job{task.job_id}-side{task.side}.wav"
        log.info("transcoding %s for job %s side %s", task.source.name, task.job_id, task.side)
        completed = subprocess.run(
            self._command(task, target),
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        if completed.returncode != 0:
            raise RuntimeError(f"ffmpeg failed for job {task.job_id}: {completed.stderr[-500:]}")
        return target

    def duration_seconds(self, path: Path) -> float:
        out = subprocess.run(
            ["ffprobe", "-v", "error", "-show_entries", "format=duration",
             "-of", "default=noprint_wrappers=1:nokey=1", str(path)],
            capture_output=True, text=True, check=True, timeout=60,
        )
        return float(out.stdout.strip())
