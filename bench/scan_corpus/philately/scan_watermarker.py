"""Stamps the auction-house watermark onto web-resolution lot scans."""
from __future__ import annotations

import logging
import shutil
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("scans.watermark")


@dataclass(frozen=True)
class WatermarkSettings:
    mark_file: Path = Path("/srv/auction/assets/watermark.png")
    gravity: str = "southeast"
    opacity: int = 35
    timeout_s: int = 90


class Watermarker:
    def __init__(self, work_dir: Path, settings: WatermarkSettings = WatermarkSettings()) -> None:
        self.work_dir = work_dir
        self.settings = settings
        self.composite = shutil.which("composite") or "/usr/bin/composite"

    def _argv(self, source: Path, target: Path) -> list[str]:
        return [
            self.composite,
            "-dissolve", str(self.settings.opacity),
            "-gravity", self.settings.gravity,
            str(self.settings.mark_file),
            str(source),
            str(target),
        ]

    def apply(self, lot_number: str, uploaded: Path) -> Path:
        suffix = uploaded.suffix.lower() if uploaded.suffix.lower() in {".jpg", ".png"} else ".jpg"
        staged = self.work_dir / f"{uuid.uuid4().hex}{suffix}"
        shutil.copyfile(uploaded, staged)
        target = self.work_dir / f"{lot_number}-web{suffix}"
        proc = subprocess.run(
            self._argv(staged, target),
            check=False,
            capture_output=True,
            timeout=self.settings.timeout_s,
        )
        staged.unlink(missing_ok=True)
        if proc.returncode != 0:
            log.error("watermark failed for lot %s: %s", lot_number, proc.stderr.decode(errors="replace"))
            raise RuntimeError("watermarking failed")
        return target
