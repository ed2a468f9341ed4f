"""Read duration and stream info from uploaded videos with ffprobe."""
import json
import logging
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

FFPROBE = "ffprobe"


class ProbeError(RuntimeError):
    pass


def probe(path: Path, timeout: int = 30) -> dict:
    cmd = [
        FFPROBE, "-v", "error",
        "-print_format", "json",
        "-show_format", "-show_streams",
        str(path),
    ]
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=timeout)
    except subprocess.CalledProcessError as exc:
        raise ProbeError(f"ffprobe failed for {path.name}: {exc.stderr.strip()[:200]}") from exc
    return json.loads(result.stdout)


def video_summary(path: Path) -> dict:
    info = probe(path)
    video = next((s for s in info.get("streams", []) if s.get("codec_type") == "video"), {})
    summary = {
        "duration": float(info.get("format", {}).get("duration", 0.0)),
        "width": video.get("width"),
        "height": video.get("height"),
        "codec": video.get("codec_name"),
    }
    log.debug("probed %s: %s", path.name, summary)
    return summary
