"""Normalises lecture videos found in uploaded SCORM packages to H.264/AAC.

Runs in the media worker after the package has been unpacked.
"""
import logging
import subprocess
from pathlib import Path

logger = logging.getLogger(__name__)

FFMPEG = "ffmpeg"
VIDEO_EXTS = {".mov", ".avi", ".mkv", ".wmv", ".mp4"}
TARGET_HEIGHT = 720


def transcode(src: Path, dest_dir: Path) -> Path:
    dst = dest_dir / (src.stem + ".mp4")
    cmd = (
        f'{FFMPEG} -y -i "{src}" -vf scale=-2:{TARGET_HEIGHT} '
        f'-c:v libx264 -preset veryfast -c:a aac -movflags +faststart "{dst}"'
    )
    logger.info("Transcoding %s", src.name)
    subprocess.run(cmd, shell=True, check=True, capture_output=True, timeout=1800)
    return dst


def transcode_package(package_dir: Path) -> list[Path]:
    out_dir = package_dir / "_media"
    out_dir.mkdir(exist_ok=True)
    results = []
    for path in sorted(package_dir.rglob("*")):
        if not path.is_file() or out_dir in path.parents:
            continue
        if path.suffix.lower() in VIDEO_EXTS:
            results.append(transcode(path, out_dir))
    logger.info("Transcoded %d videos in %s", len(results), package_dir.name)
    return results
