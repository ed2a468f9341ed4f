"""Loudness-normalises the learning tracks that section leaders upload for singers."""
import json
import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

FFMPEG = "ffmpeg"


@dataclass
class LoudnessTarget:
    integrated: float = -16.0
    true_peak: float = -1.5
    lra: float = 11.0

    def filter(self) -> str:
        return f"loudnorm=I={self.integrated}:TP={self.true_peak}:LRA={self.lra}"


def _args(src: Path, dst: Path, title: str, section: str, target: LoudnessTarget) -> list[str]:
    return [
        FFMPEG, "-hide_banner", "-loglevel", "error", "-y",
        "-i", str(src),
        "-af", target.filter(),
        "-ar", "44100",
        "-metadata", f"title={title}",
        "-metadata", f"album=Learning tracks - {section}",
        str(dst),
    ]


def measure(src: Path, target: LoudnessTarget) -> dict:
    """Run a first loudnorm pass and return the measured values."""
    proc = subprocess.run(
        [FFMPEG, "-hide_banner", "-i", str(src), "-af", target.filter() + ":print_format=json", "-f", "null", "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    tail = proc.stderr[proc.stderr.rfind("{"):]
    return json.loads(tail)


def normalise(src: Path, out_dir: Path, title: str, section: str, target: LoudnessTarget | None = None) -> Path:
    target = target or LoudnessTarget()
    out_dir.mkdir(parents=True, exist_ok=True)
    dst = out_dir / (src.stem + ".m4a")
    stats = measure(src, target)
    log.info("Track %s measured at %s LUFS", src.name, stats.get("input_i"))
    subprocess.run(_args(src, dst, title, section, target), check=True, capture_output=True, timeout=600)
    return dst
