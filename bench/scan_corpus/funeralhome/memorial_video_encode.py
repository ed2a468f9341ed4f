"""Build the tribute slideshow video shown at visitations.

Families upload photos and pick a song; ffmpeg stitches them into an MP4.
"""
import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from fhgroup.config import get_settings

log = logging.getLogger(__name__)

SECONDS_PER_PHOTO = 6
ENCODE_ARGS = ["-c:v", "libx264", "-pix_fmt", "yuv420p", "-r", "30", "-shortest"]


def _stage_photos(photos: list[Path], workdir: Path) -> str:
    # ffmpeg's image2 demuxer wants a numbered sequence, so copy into one
    for idx, photo in enumerate(photos):
        shutil.copyfile(photo, workdir / f"img{idx:04d}.jpg")
    return str(workdir / "img%04d.jpg")


def encode_tribute(photos: list[Path], song: Path, output: Path) -> Path:
    settings = get_settings()
    with tempfile.TemporaryDirectory(prefix="tribute-") as tmp:
        pattern = _stage_photos(photos, Path(tmp))
        cmd = [
            settings.FFMPEG_BIN, "-y",
            "-framerate", f"1/{SECONDS_PER_PHOTO}", "-i", pattern,
            "-i", str(song),
            *ENCODE_ARGS,
            str(output),
        ]
        log.info("encoding tribute video with %d photos for %s", len(photos), output.name)
        subprocess.run(cmd, check=True, timeout=900, capture_output=True)
    return output
