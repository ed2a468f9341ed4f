"""Generate video thumbnails with ffmpeg."""
import os
import subprocess
import tempfile

FFMPEG = os.environ.get("FFMPEG_BIN", "ffmpeg")


def video_thumbnail(video_path: str, at_seconds: float = 1.0, width: int = 480) -> bytes:
    fd, out_path = tempfile.mkstemp(suffix=".jpg", prefix="thumb-")
    os.close(fd)
    try:
        subprocess.run(
            [
                FFMPEG, "-y", "-loglevel", "error",
                "-ss", f"{at_seconds:.2f}",
                "-i", video_path,
                "-frames:v", "1",
                "-vf", f"scale={int(width)}:-2",
                out_path,
            ],
            check=True,
            timeout=30,
        )
        with open(out_path, "rb") as fh:
            return fh.read()
    finally:
        os.unlink(out_path)
