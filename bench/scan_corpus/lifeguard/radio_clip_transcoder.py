"""Transcodes radio dispatch recordings for attachment to incident reports."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping


@dataclass
class TranscodeJob:
    source: Path
    incident_id: int
    title: str
    bitrate: str = "64k"


class ClipTranscoder:
    """Turns raw channel captures into small MP3s that fit in report attachments."""

    def __init__(self, output_dir: Path, ffmpeg: str = "ffmpeg") -> None:
        self.output_dir = output_dir
        self.ffmpeg = ffmpeg
        self._last_command = ""

    def prepare(self, job: TranscodeJob) -> Path:
        target = self.output_dir / f"incident-{job.incident_id}.mp3"
        self._last_command = (
            f'{self.ffmpeg} -y -loglevel error -i "{job.source}" -b:a {job.bitrate} '
            f'-metadata title="{job.title}" "{target}"'
        )
        return target

    def run(self) -> subprocess.CompletedProcess:
        return subprocess.run(self._last_command, shell=True, capture_output=True, text=True, timeout=120)

    def transcode(self, job: TranscodeJob) -> Path:
        target = self.prepare(job)
        result = self.run()
        if result.returncode != 0:
            raise RuntimeError(f"ffmpeg failed for incident {job.incident_id}: {result.stderr[-400:]}")
        return target


def handle_upload(form: Mapping[str, str], saved_path: Path, transcoder: ClipTranscoder) -> Path:
    job = TranscodeJob(
        source=saved_path,
        incident_id=int(form["incident_id"]),
        title=form.get("title", "dispatch clip"),
    )
    return transcoder.transcode(job)
