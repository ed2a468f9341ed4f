"""Renders waveform PNGs and loudness stats for uploaded episodes.

Runs inside the transcode worker; ``source`` is the creator's uploaded file
as stored by the upload service (its original filename is preserved).
"""
import json
import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
WAVEFORM_FILTER = "aformat=channel_layouts=mono,showwavespic=s=1800x240:colors=#5b6cff"


def _run(args: list[str], timeout: int = 600) -> subprocess.CompletedProcess:
    log.debug("running %s", args)
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=timeout)


def render_waveform(source: Path, out_png: Path) -> Path:
    _run([
        FFMPEG, "-hide_banner", "-y",
        "-i", str(source.resolve()),
        "-filter_complex", WAVEFORM_FILTER,
        "-frames:v", "1",
        str(out_png),
    ])
    return out_png


def loudness(source: Path) -> dict:
    proc = _run([
        FFMPEG, "-hide_banner", "-nostats",
        "-i", str(source.resolve()),
        "-af", "loudnorm=I=-16:TP=-1.5:LRA=11:print_format=json",
        "-f", "null", "-",
    ])
    # loudnorm prints its JSON block at the end of stderr
    block = proc.stderr[proc.stderr.rindex("{"):]
    stats = json.loads(block)
    return {"integrated": float(stats["input_i"]), "true_peak": float(stats["input_tp"])}
