"""Generates waveform preview images for backing tracks uploaded by teachers."""
import logging
import subprocess
import tempfile
from pathlib import Path

from rq import get_current_job

from .storage import download_track, upload_preview

log = logging.getLogger(__name__)

FFMPEG = "/usr/bin/ffmpeg"
WAVEFORM_SIZE = "1200x180"
WAVEFORM_COLOUR = "0x2E86AB"


def render_waveform(source: Path, target: Path) -> None:
    filter_graph = f"showwavespic=s={WAVEFORM_SIZE}:colors={WAVEFORM_COLOUR}"
    subprocess.run(
        [FFMPEG, "-hide_banner", "-y", "-i", str(source),
         "-filter_complex", filter_graph, "-frames:v", "1", str(target)],
        check=True,
        capture_output=True,
        timeout=120,
    )


def track_duration(source: Path) -> float:
    out = subprocess.run(
        ["/usr/bin/ffprobe", "-v", "error", "-show_entries", "format=duration",
         "-of", "default=noprint_wrappers=1:nokey=1", str(source)],
        check=True,
        capture_output=True,
        text=True,
        timeout=30,
    )
    return float(out.stdout.strip() or 0)


def process_track(track_id: int, original_name: str) -> dict:
    job = get_current_job()
    with tempfile.TemporaryDirectory(prefix="waveform-") as tmp:
        workdir = Path(tmp)
        source = workdir / f"track-{track_id}{Path(original_name).suffix.lower()}"
        download_track(track_id, source)
        preview = workdir / f"track-{track_id}.png"
        try:
            render_waveform(source, preview)
        except subprocess.CalledProcessError as exc:
            log.error("ffmpeg failed for track %s: %s", track_id, exc.stderr[-1000:])
            raise
        url = upload_preview(track_id, preview)
        duration = track_duration(source)
    if job is not None:
        job.meta["preview_url"] = url
        job.save_meta()
    return {"track_id": track_id, "preview": url, "duration_s": round(duration, 1)}
