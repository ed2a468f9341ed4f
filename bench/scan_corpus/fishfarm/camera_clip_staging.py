"""Stages camera clips from S3 for the fish-welfare scoring model.

The scoring worker pulls a clip, cuts it to the feeding window, runs the
welfare model and writes scores back to the clip's metadata record.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

import boto3


@dataclass
class ClipJob:
    bucket: str
    key: str
    start_s: int
    duration_s: int


class ClipStager:
    def __init__(self, scratch_dir: str | None = None) -> None:
        self.scratch_dir = scratch_dir or os.environ.get("WELFARE_SCRATCH", tempfile.gettempdir())
        self.s3 = boto3.client("s3")

    def _scratch_name(self, suffix: str) -> str:
        return tempfile.mktemp(suffix=suffix, prefix="clip-", dir=self.scratch_dir)

    @contextmanager
    def staged(self, job: ClipJob) -> Iterator[str]:
        raw = self._scratch_name(".mp4")
        cut = self._scratch_name(".cut.mp4")
        try:
            self.s3.download_file(job.bucket, job.key, raw)
            subprocess.run(
                [
                    "ffmpeg", "-y", "-loglevel", "error",
                    "-ss", str(job.start_s), "-t", str(job.duration_s),
                    "-i", raw, "-c", "copy", cut,
                ],
                check=True,
                timeout=300,
            )
            yield cut
        finally:
            for path in (raw, cut):
                if os.path.exists(path):
                    os.remove(path)


def score_clip(job: ClipJob, model) -> float:
    stager = ClipStager()
    with stager.staged(job) as clip_path:
        return float(model.score_video(clip_path))
