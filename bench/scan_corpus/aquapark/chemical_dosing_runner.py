"""Wrapper around the vendor CLI that calibrates chemical dosing pumps.

Maintenance staff trigger a calibration from the tablet app; the service
calls the vendor tool installed on the pump-room gateway.
"""
from __future__ import annotations

import logging
import re
import subprocess
from dataclasses import dataclass

log = logging.getLogger("pumproom.dosing")

PUMP_ID = re.compile(r"^P[0-9]{2}$")
CHEMICALS = {"chlorine", "ph_minus", "flocculant"}


@dataclass(frozen=True)
class DosingCli:
    binary: str = "/opt/dosetech/bin/dosectl"
    timeout: int = 90

    def argv(self, pump_id: str, chemical: str, ml_per_min: float) -> list[str]:
        return [
            self.binary,
            "calibrate",
            "--pump", pump_id,
            "--chemical", chemical,
            "--rate", f"{ml_per_min:.1f}",
        ]


class DosingRunner:
    def __init__(self, cli: DosingCli | None = None) -> None:
        self.cli = cli or DosingCli()

    def calibrate(self, pump_id: str, chemical: str, ml_per_min: float) -> str:
        if not PUMP_ID.match(pump_id):
            raise ValueError(f"invalid pump id {pump_id!r}")
        if chemical not in CHEMICALS:
            raise ValueError(f"unknown chemical {chemical!r}")
        if not 0 < ml_per_min <= 500:
            raise ValueError("rate out of range")
        result = subprocess.run(
            self.cli.argv(pump_id, chemical, ml_per_min),
            capture_output=True,
            text=True,
            timeout=self.cli.timeout,
            check=True,
        )
        log.info("calibrated %s for %s at %.1f ml/min", pump_id, chemical, ml_per_min)
        return result.stdout.strip()
