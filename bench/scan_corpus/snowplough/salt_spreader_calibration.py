"""Triggers spreader calibration runs on plough units from the workshop console.

The vendor's `spreadercal` CLI talks to the spreader controller over the
depot CAN gateway and writes a calibration report next to the unit's
service history.
"""
from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter(prefix="/workshop")

REPORT_ROOT = Path(os.environ.get("SPREADER_REPORT_ROOT", "/var/lib/workshop/calibration"))


class CalibrationRequest(BaseModel):
    unit_id: str
    material: str = "salt"
    target_rate_g_m2: float = 15.0


@dataclass
class CalibrationJob:
    unit_id: str
    material: str
    rate: float

    @property
    def report_path(self) -> Path:
        return REPORT_ROOT / f"{self.unit_id}-{self.material}.json"

    def command_line(self) -> str:
        return (
            f"spreadercal --unit {self.unit_id} --material {self.material} "
            f"--rate {self.rate:.1f} --report {self.report_path}"
        )


class CalibrationRunner:
    timeout_s = 240

    def run(self, job: CalibrationJob) -> subprocess.CompletedProcess:
        return subprocess.run(
            job.command_line(),
            shell=True,
            capture_output=True,
            text=True,
            timeout=self.timeout_s,
        )


runner = CalibrationRunner()


@router.post("/calibrate")
def calibrate(req: CalibrationRequest) -> dict:
    job = CalibrationJob(req.unit_id, req.material, req.target_rate_g_m2)
    result = runner.run(job)
    if result.returncode != 0:
        raise HTTPException(status_code=502, detail=result.stderr[-500:])
    return {"unit": job.unit_id, "report": str(job.report_path), "output": result.stdout[-2000:]}
