"""Extract a mono 16 kHz audio track from a visit recording for the
ambient-scribe transcription service.  Invoked by the post-visit pipeline
with the recording path and the visit title that goes in the tags.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)


class AudioExtractError(RuntimeError):
    pass


def _ffmpeg() -> str:
    path = shutil.which("ffmpeg")
    if path is None:
        raise AudioExtractError("ffmpeg not found on PATH")
    return path


def build_args(src: Path, dst: Path, title: str) -> list[str]:
    return [
        _ffmpeg(), "-hide_banner", "-nostdin", "-y",
        "-i", str(src),
        "-vn", "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le",
        "-metadata", f"title={title}",
        str(dst),
    ]


def extract_audio(src: Path, out_dir: Path, title: str, timeout_s: int = 900) -> Path:
    dst = out_dir / (src.stem + ".wav")
    args = build_args(src, dst, title)
    proc = subprocess.run(args, capture_output=True, text=True, timeout=timeout_s)
    if proc.returncode != 0:
        log.error("ffmpeg failed for %s: %s", src.name, proc.stderr[-2000:])
        raise AudioExtractError(f"ffmpeg exited with {proc.returncode}")
    return dst
