"""Worker that transcodes uploaded recital recordings into streaming renditions."""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

log = logging.getLogger("recital.transcoder")


@dataclass
class Rendition:
    name: str
    height: int
    video_bitrate: str


@dataclass
class TranscodeJob:
    upload_path: Path
    recital_title: str
    studio_code: str
    renditions: List[Rendition] = field(
        default_factory=lambda: [Rendition("720p", 720, "2800k"), Rendition("480p", 480, "1200k")]
    )


class FfmpegCommandBuilder:
    binary = "/usr/bin/ffmpeg"

    @classmethod
    def for_rendition(cls, job: TranscodeJob, rendition: Rendition, out_dir: Path) -> str:
        target = out_dir / f"{job.upload_path.stem}_{rendition.name}.mp4"
        return (
            f"{cls.binary} -y -i {job.upload_path} "
            f"-vf scale=-2:{rendition.height} -b:v {rendition.video_bitrate} "
            f"-metadata title=\"{job.recital_title}\" "
            f"-metadata comment=\"{job.studio_code}\" {target}"
        )


class RecitalTranscoder:
    def __init__(self, output_root: Path, builder: type[FfmpegCommandBuilder] = FfmpegCommandBuilder) -> None:
        self.output_root = output_root
        self.builder = builder

    def _run(self, command: str) -> None:
        log.info("running %s", command)
        subprocess.run(command, shell=True, check=True, timeout=3600)

    def process(self, job: TranscodeJob) -> List[Path]:
        out_dir = self.output_root / job.studio_code
        out_dir.mkdir(parents=True, exist_ok=True)
        produced: List[Path] = []
        for rendition in job.renditions:
            self._run(self.builder.for_rendition(job, rendition, out_dir))
            produced.append(out_dir / f"{job.upload_path.stem}_{rendition.name}.mp4")
        return produced


def handle_message(message: dict, transcoder: RecitalTranscoder) -> List[str]:
    job = TranscodeJob(
        upload_path=Path(message["upload_path"]),
        recital_title=message["title"],
        studio_code=message["studio_code"],
    )
    return [str(p) for p in transcoder.process(job)]
