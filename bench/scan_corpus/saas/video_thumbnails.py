"""Generate preview thumbnails for videos uploaded to shared folders."""
import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
THUMB_WIDTH = 480


class ThumbnailError(RuntimeError):
    pass


def make_thumbnail(source: Path, at_seconds: float = 1.0) -> bytes:
    """Grab one frame from ``source`` and return it as JPEG bytes.

    ``source`` is the blob path in local cache; its original (user-chosen)
    file name never reaches the command line.
    """
    with tempfile.TemporaryDirectory(prefix="thumb-") as tmp:
        out = Path(tmp) / "frame.jpg"
        args = [
            FFMPEG,
            "-nostdin",
            "-loglevel", "error",
            "-ss", f"{at_seconds:.2f}",
            "-i", str(source),
            "-frames:v", "1",
            "-vf", f"scale={THUMB_WIDTH}:-2",
            str(out),
        ]
        proc = subprocess.run(args, capture_output=True, timeout=30, check=False)
        if proc.returncode != 0 or not out.exists():
            log.warning("ffmpeg failed for %s: %s", source.name, proc.stderr.decode(errors="replace")[:500])
            raise ThumbnailError(source.name)
        return out.read_bytes()
