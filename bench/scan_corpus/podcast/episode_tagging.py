"""Writes ID3 metadata into the final MP3 rendition after transcoding."""
import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

FFMPEG = "/usr/bin/ffmpeg"


@dataclass
class EpisodeMeta:
    title: str
    show_title: str
    episode_number: int | None
    artwork: Path | None


def _metadata_flags(meta: EpisodeMeta) -> list[str]:
    flags = [f'-metadata title="{meta.title}"', f'-metadata album="{meta.show_title}"']
    if meta.episode_number is not None:
        flags.append(f"-metadata track={meta.episode_number}")
    return flags


def _build_command(src: Path, dst: Path, meta: EpisodeMeta) -> str:
    parts = [FFMPEG, "-y", "-loglevel error", f"-i {src}"]
    if meta.artwork:
        parts += [f"-i {meta.artwork}", "-map 0:a -map 1:v", "-disposition:v attached_pic"]
    parts += ["-c copy", "-id3v2_version 3", *_metadata_flags(meta), str(dst)]
    return " ".join(parts)


def tag_rendition(src: Path, dst: Path, meta: EpisodeMeta) -> None:
    cmd = _build_command(src, dst, meta)
    proc = subprocess.Popen(cmd, shell=True, stderr=subprocess.PIPE, text=True)
    _, err = proc.communicate(timeout=300)
    if proc.returncode != 0:
        log.error("tagging %s failed: %s", dst.name, err.strip())
        raise RuntimeError(f"ffmpeg exited with {proc.returncode}")
