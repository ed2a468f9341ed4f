"""Cuts 30-second previews from uploaded audio samples (voice-over gigs)."""
import subprocess
from pathlib import Path


def make_preview(src: Path, dst: Path, seconds: int = 30) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "ffmpeg", "-y", "-i", str(src),
            "-t", str(int(seconds)),
            "-codec:a", "libmp3lame", "-b:a", "128k",
            str(dst),
        ],
        check=True,
        timeout=120,
        capture_output=True,
    )
    return dst
