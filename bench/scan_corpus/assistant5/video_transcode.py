"""Worker step: transcode an uploaded video to the streaming renditions."""
import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

RENDITIONS = {
    "720p": ["-vf", "scale=-2:720", "-b:v", "2800k"],
    "480p": ["-vf", "scale=-2:480", "-b:v", "1400k"],
}


class TranscodeError(RuntimeError):
    pass


def _ffmpeg() -> str:
    binary = shutil.which("ffmpeg")
    if binary is None:
        raise TranscodeError("ffmpeg is not installed on this worker")
    return binary


def transcode(source: Path, out_dir: Path, rendition: str, title: str) -> Path:
    if rendition not in RENDITIONS:
        raise ValueError(f"unknown rendition {rendition!r}")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{rendition}.mp4"

    cmd = [
        _ffmpeg(), "-hide_banner", "-y",
        "-i", str(source.resolve()),
        *RENDITIONS[rendition],
        "-c:v", "libx264", "-preset", "veryfast",
        "-c:a", "aac", "-b:a", "128k",
        "-metadata", f"title={title}",
        str(target),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        log.error("ffmpeg failed for %s (%s): %s", source.name, rendition, result.stderr[-2000:])
        raise TranscodeError(f"ffmpeg exited with {result.returncode}")
    return target
