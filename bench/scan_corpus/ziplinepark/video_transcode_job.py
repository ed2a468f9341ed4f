"""Transcodes helmet-camera clips into the short videos sold with photo packages.

Clip names come from the camera upload and the caption from the booking,
so ffmpeg is invoked with an argument list and no shell.
"""
import logging
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
MAX_SECONDS = 90


@dataclass
class ClipJob:
    source: Path
    output: Path
    guest_name: str
    course_name: str


def _drawtext_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:").replace("'", "\\'").replace("%", "\\%")


def build_args(job: ClipJob) -> list[str]:
    caption = _drawtext_escape(f"{job.guest_name} | {job.course_name}")
    return [
        FFMPEG, "-hide_banner", "-loglevel", "error", "-y",
        "-i", str(job.source),
        "-t", str(MAX_SECONDS),
        "-vf", f"scale=-2:1080,drawtext=text='{caption}':x=40:y=h-80:fontsize=42:fontcolor=white",
        "-c:v", "libx264", "-preset", "medium", "-crf", "22",
        "-c:a", "aac", "-b:a", "128k",
        str(job.output),
    ]


def transcode(job: ClipJob) -> Path:
    job.output.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(build_args(job), capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        log.error("ffmpeg failed for %s: %s", job.source.name, result.stderr.strip()[-500:])
        raise RuntimeError(f"transcode failed for {job.source.name}")
    return job.output


def transcode_folder(folder: Path, out_dir: Path, guest_name: str, course_name: str) -> list[Path]:
    done = []
    for clip in sorted(folder.glob("*.mp4")):
        done.append(transcode(ClipJob(clip, out_dir / f"{clip.stem}-1080p.mp4", guest_name, course_name)))
    return done
