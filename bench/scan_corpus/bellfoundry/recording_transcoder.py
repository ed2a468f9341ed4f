"""Transcodes strike and peal recordings to the formats sent to customers."""
from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List


@dataclass
class TranscodeProfile:
    codec: str
    bitrate: str
    extension: str
    extra: List[str] = field(default_factory=list)


PROFILES: Dict[str, TranscodeProfile] = {
    "preview": TranscodeProfile("libmp3lame", "192k", ".mp3"),
    "archive": TranscodeProfile("flac", "0", ".flac", ["-compression_level", "8"]),
    "web": TranscodeProfile("libopus", "96k", ".opus", ["-vbr", "on"]),
}


class Transcoder:
    def __init__(self, ffmpeg: str | None = None, output_root: Path | None = None) -> None:
        self.ffmpeg = ffmpeg or shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
        self.output_root = output_root or Path(os.environ.get("RECORDING_OUT", "/srv/recordings/out"))

    def argv(self, source: Path, profile: TranscodeProfile, target: Path) -> List[str]:
        return [
            self.ffmpeg, "-hide_banner", "-nostdin", "-y",
            "-i", str(source),
            "-c:a", profile.codec, "-b:a", profile.bitrate,
            *profile.extra,
            str(target),
        ]

    def transcode(self, source: Path, profile_name: str, order_ref: str) -> Path:
        profile = PROFILES[profile_name]
        target = self.output_root / order_ref / (source.stem + profile.extension)
        target.parent.mkdir(parents=True, exist_ok=True)
        completed = subprocess.run(
            self.argv(source, profile, target),
            capture_output=True,
            text=True,
            timeout=600,
        )
        if completed.returncode != 0:
            raise RuntimeError(f"ffmpeg failed for {source.name}: {completed.stderr[-400:]}")
        return target


if __name__ == "__main__":
    import sys

    out = Transcoder().transcode(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
    print(out)
