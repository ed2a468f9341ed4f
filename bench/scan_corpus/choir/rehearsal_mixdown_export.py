"""Builds per-section practice mixes (own part loud, others quiet) for download."""
import logging
import os
import subprocess
import tempfile
from pathlib import Path

import boto3

log = logging.getLogger(__name__)

MIX_BUCKET = os.environ.get("PRACTICE_MIX_BUCKET", "nyc-practice-mixes")
PART_ORDER = ("soprano", "alto", "tenor", "bass")
FOCUS_GAIN = 1.0
BACKGROUND_GAIN = 0.35


def _mix_filter(focus: str) -> str:
    weights = " ".join(str(FOCUS_GAIN if p == focus else BACKGROUND_GAIN) for p in PART_ORDER)
    return f"amix=inputs={len(PART_ORDER)}:weights={weights}:normalize=0"


def build_mix(stems: dict[str, Path], focus: str, piece_slug: str) -> str:
    """Mix the four stems with ``focus`` emphasised and upload the MP3."""
    if focus not in PART_ORDER:
        raise ValueError(f"Unknown part {focus!r}")
    fd, scratch = tempfile.mkstemp(suffix=".mp3", prefix=f"mix-{piece_slug}-")
    os.close(fd)
    try:
        args = ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y"]
        for part in PART_ORDER:
            args += ["-i", str(stems[part])]
        args += ["-filter_complex", _mix_filter(focus), "-b:a", "160k", scratch]
        subprocess.run(args, check=True, timeout=300)
        key = f"{piece_slug}/{focus}.mp3"
        boto3.client("s3").upload_file(scratch, MIX_BUCKET, key, ExtraArgs={"ContentType": "audio/mpeg"})
    finally:
        Path(scratch).unlink(missing_ok=True)
    log.info("Practice mix %s ready", key)
    return key


def build_all_mixes(stems: dict[str, Path], piece_slug: str) -> list[str]:
    missing = [p for p in PART_ORDER if p not in stems]
    if missing:
        raise ValueError(f"Missing stems: {', '.join(missing)}")
    return [build_mix(stems, part, piece_slug) for part in PART_ORDER]
