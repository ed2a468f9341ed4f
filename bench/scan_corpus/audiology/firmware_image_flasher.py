"""Flashes approved firmware images onto hearing aids docked at a fitting station."""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("fitting.flasher")

FLASH_TOOL = "/opt/hearlink/bin/hlflash"


@dataclass
class FlashJob:
    device_serial: str
    image: Path
    side: str = "L"
    extra_flags: list[str] = field(default_factory=list)


def build_command(job: FlashJob) -> str:
    flags = " ".join(job.extra_flags)
    return (
        f"{FLASH_TOOL} --serial {job.device_serial} --ear {job.side} "
        f"--image {job.image} {flags}"
    )


class StationFlasher:
    run_opts = {"shell": True, "capture_output": True, "text": True, "timeout": 300}

    def __init__(self, station_id: str) -> None:
        self.station_id = station_id

    def flash(self, job: FlashJob) -> bool:
        cmd = build_command(job)
        log.info("station %s flashing %s", self.station_id, job.device_serial)
        result = subprocess.run(cmd, **self.run_opts)
        if result.returncode != 0:
            log.error("flash failed for %s: %s", job.device_serial, result.stderr.strip())
            return False
        return True


def job_from_request(form: dict[str, str], catalog: dict[str, Path]) -> FlashJob:
    return FlashJob(
        device_serial=form["serial"],
        image=catalog[form["release_id"]],
        side=form.get("side", "L"),
        extra_flags=form.get("flags", "").split(),
    )
