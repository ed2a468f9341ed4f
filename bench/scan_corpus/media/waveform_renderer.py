"""Render waveform images for podcast episode pages."""
import json
import logging
import pathlib
import subprocess
import tempfile

import boto3

log = logging.getLogger(__name__)
s3 = boto3.client("s3")


def extract_peaks(audio_path: pathlib.Path, pixels_per_second: int = 10) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json", prefix="peaks-") as out:
        subprocess.run(
            [
                "audiowaveform", "-i", str(audio_path), "-o", out.name,
                "--pixels-per-second", str(pixels_per_second), "-b", "8",
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        with open(out.name) as fh:
            return json.load(fh)


def render_png(audio_path: pathlib.Path, width: int = 1800, height: int = 140) -> bytes:
    with tempfile.TemporaryDirectory(prefix="waveform-") as tmp:
        png_path = pathlib.Path(tmp) / "waveform.png"
        subprocess.run(
            [
                "audiowaveform", "-i", str(audio_path), "-o", str(png_path),
                "-w", str(width), "-h", str(height), "--no-axis-labels",
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        return png_path.read_bytes()


def publish_waveform(episode_id: int, audio_path: pathlib.Path, bucket: str) -> str:
    key = f"waveforms/{episode_id}.png"
    s3.put_object(Bucket=bucket, Key=key, Body=render_png(audio_path), ContentType="image/png")
    peaks = extract_peaks(audio_path)
    s3.put_object(Bucket=bucket, Key=f"waveforms/{episode_id}.json", Body=json.dumps(peaks), ContentType="application/json")
    log.info("waveform published for episode %s", episode_id)
    return key
