"""Drives the laser brander that burns customer logos and serials into barrel heads."""

from __future__ import annotations

import logging
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Sequence

log = logging.getLogger("finishing.brander")


@dataclass
class BrandJob:
    serial: str
    artwork: Path
    power_pct: int = 70
    passes: int = 2
    extra_text: str = ""


@dataclass
class BranderConfig:
    executable: str = "lasercli"
    device: str = "/dev/ttyUSB0"
    timeout_s: int = 240
    base_flags: List[str] = field(default_factory=lambda: ["--units", "mm", "--no-preview"])


class BrandCommand:
    """Builds the argv for one head; each user value stays a single argument."""

    def __init__(self, config: BranderConfig) -> None:
        self.config = config

    def argv(self, job: BrandJob) -> List[str]:
        exe = shutil.which(self.config.executable) or self.config.executable
        args = [exe, *self.config.base_flags, "--device", self.config.device]
        args += ["--power", str(int(job.power_pct)), "--passes", str(int(job.passes))]
        args += ["--image", str(job.artwork), "--text", f"{job.serial} {job.extra_text}".strip()]
        return args


class BrandingStation:
    def __init__(self, config: BranderConfig = BranderConfig()) -> None:
        self.config = config
        self.builder = BrandCommand(config)

    def burn(self, job: BrandJob) -> str:
        argv = self.builder.argv(job)
        log.info("branding %s with %s", job.serial, job.artwork.name)
        result = subprocess.run(argv, capture_output=True, text=True, timeout=self.config.timeout_s, check=True)
        return result.stdout.strip()

    def burn_all(self, jobs: Sequence[BrandJob]) -> List[str]:
        return [self.burn(job) for job in jobs]
