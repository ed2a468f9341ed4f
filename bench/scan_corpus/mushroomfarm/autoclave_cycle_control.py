"""Starts autoclave sterilisation cycles for substrate batches via the vendor CLI."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass

BATCH_CODE = re.compile(r"^SB-\d{4}-\d{3}$")


@dataclass(frozen=True)
class CycleProfile:
    name: str
    temperature_c: int
    minutes: int


PROFILES = {
    "grain": CycleProfile("grain", 121, 150),
    "supplemented-sawdust": CycleProfile("supplemented-sawdust", 121, 180),
    "straw": CycleProfile("straw", 100, 90),
}


class AutoclaveController:
    def __init__(self, unit: str, cli: str = "autoclavectl") -> None:
        self.unit = unit
        self.cli = shutil.which(cli) or cli

    def _argv(self, batch_code: str, profile: CycleProfile) -> list[str]:
        return [
            self.cli, "start",
            "--unit", self.unit,
            "--label", batch_code,
            "--temp", str(profile.temperature_c),
            "--minutes", str(profile.minutes),
        ]

    def start_cycle(self, batch_code: str, substrate: str) -> str:
        if not BATCH_CODE.fullmatch(batch_code):
            raise ValueError(f"unexpected batch code {batch_code!r}")
        profile = PROFILES[substrate]
        result = subprocess.run(
            self._argv(batch_code, profile), capture_output=True, text=True, check=True, timeout=20
        )
        return result.stdout.strip()
