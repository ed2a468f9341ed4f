"""Transcoding of before-and-after restoration recordings.

At the start and end of every restoration the firm records the instrument
playing a fixed set of pieces. Uploaded recordings are transcoded to MP3 for
the parish website and to FLAC for the restoration archive.
"""
import subprocess
from dataclasses import dataclass
from pathlib import Path

FFMPEG = "ffmpeg"
OUTPUT_ROOT = Path("/srv/organworks/recordings")


@dataclass(frozen=True)
class Rendition:
    suffix: str
    codec_args: tuple[str, ...]


RENDITIONS = {
    "web": Rendition(".mp3", ("-codec:a", "libmp3lame", "-b:a", "192k")),
    "archive": Rendition(".flac", ("-codec:a", "flac", "-compression_level", "8")),
}


def output_path(project_code: str, take_id: int, rendition: Rendition) -> Path:
    folder = OUTPUT_ROOT / f"takes-{int(take_id) // 1000:04d}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{project_code.replace('/', '-')}-{take_id}{rendition.suffix}"


def transcode(source: Path, project_code: str, take_id: int, title: str) -> dict[str, Path]:
    produced = {}
    for name, rendition in RENDITIONS.items():
        target = output_path(project_code, take_id, rendition)
        cmd = [
            FFMPEG,
            "-hide_banner",
            "-y",
            "-i",
            str(source),
            *rendition.codec_args,
            "-metadata",
            f"title={title}",
            "-metadata",
            f"album={project_code} restoration",
            str(target),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=900)
        produced[name] = target
    return produced
