"""Converts reed sound recordings from the tuning bench into normalised FLAC.

The bench tablet uploads a raw WAV per reed; the worker converts it and runs
a pitch estimate so the tuning sheet can show cents off target.
"""
import json
import logging
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
RECORDING_ROOT = Path("/srv/bellows/recordings")


@dataclass
class ReedRecording:
    ticket_id: int
    reed_label: str        # e.g. "R-B3-2" (right hand, B3, second reed)
    stored_name: str       # assigned by the upload handler, e.g. "8f3c...e1.wav"


def _paths(rec: ReedRecording) -> tuple[Path, Path]:
    folder = RECORDING_ROOT / str(rec.ticket_id)
    src = folder / rec.stored_name
    return src, src.with_suffix(".flac")


def convert(rec: ReedRecording, sample_rate: int = 48000) -> Path:
    src, dst = _paths(rec)
    args = [
        FFMPEG, "-hide_banner", "-loglevel", "error", "-y",
        "-i", str(src),
        "-af", "loudnorm=I=-23:TP=-2",
        "-ar", str(sample_rate),
        "-metadata", f"title={rec.reed_label}",
        str(dst),
    ]
    subprocess.run(args, check=True, timeout=90)
    log.info("converted %s for ticket %s", rec.reed_label, rec.ticket_id)
    return dst


def duration_seconds(path: Path) -> float:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "json", str(path)],
        capture_output=True, text=True, check=True, timeout=30,
    )
    return float(json.loads(out.stdout)["format"]["duration"])


def convert_batch(recordings: list[ReedRecording]) -> dict[str, float]:
    results = {}
    for rec in recordings:
        try:
            flac = convert(rec)
            results[rec.reed_label] = duration_seconds(flac)
        except subprocess.CalledProcessError as exc:
            log.warning("conversion failed for %s: rc=%s", rec.reed_label, exc.returncode)
    return results
