"""Normalises loudness of sound cues recorded in rehearsal before they go to QLab."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LoudnessTarget:
    integrated_lufs: float = -16.0
    true_peak_db: float = -1.5
    loudness_range: float = 11.0
    sample_rate: int = 48_000


class CueNormaliser:
    def __init__(self, target: LoudnessTarget = LoudnessTarget(), ffmpeg: str | None = None) -> None:
        self.target = target
        self.ffmpeg = ffmpeg or shutil.which("ffmpeg") or "/usr/bin/ffmpeg"

    def _filter(self) -> str:
        t = self.target
        return f"loudnorm=I={t.integrated_lufs}:TP={t.true_peak_db}:LRA={t.loudness_range}"

    def _argv(self, source: Path, target: Path) -> list[str]:
        return [
            self.ffmpeg,
            "-hide_banner",
            "-y",
            "-i", str(source),
            "-af", self._filter(),
            "-ar", str(self.target.sample_rate),
            "--",
            str(target),
        ]

    def normalise(self, source: Path, out_dir: Path) -> Path:
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{source.stem}_norm.wav"
        completed = subprocess.run(
            self._argv(source, target), capture_output=True, text=True, timeout=300
        )
        if completed.returncode != 0:
            raise RuntimeError(f"ffmpeg failed for {source.name}: {completed.stderr[-400:]}")
        return target


def normalise_folder(folder: Path) -> list[Path]:
    normaliser = CueNormaliser()
    return [
        normaliser.normalise(cue, folder / "normalised")
        for cue in sorted(folder.glob("*.wav"))
    ]
