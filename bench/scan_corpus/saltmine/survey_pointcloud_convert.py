"""Converts drone LiDAR captures of the stockpile domes into gridded volume rasters."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict

RUN_OPTIONS: Dict[str, Any] = {"shell": True, "check": True, "timeout": 900}
WORK_ROOT = Path("/data/surveys")


@dataclass
class SurveyJob:
    depot: str
    capture_name: str
    resolution_m: float = 0.25

    @property
    def source(self) -> Path:
        return WORK_ROOT / self.depot / "raw" / f"{self.capture_name}.laz"

    @property
    def output(self) -> Path:
        return WORK_ROOT / self.depot / "dem" / f"{self.capture_name}.tif"


class PdalCommandBuilder:
    def __init__(self, pdal_bin: str = "/usr/bin/pdal") -> None:
        self.pdal_bin = pdal_bin

    def translate(self, job: SurveyJob) -> str:
        return (
            f"{self.pdal_bin} translate {job.source} {job.output} "
            f"--writers.gdal.resolution={job.resolution_m} "
            f"--writers.gdal.output_type=max "
            f"--filters.range.limits='Classification[2:2]'"
        )


class SurveyConverter:
    def __init__(self, builder: PdalCommandBuilder | None = None) -> None:
        self.builder = builder or PdalCommandBuilder()

    def convert(self, job: SurveyJob) -> Path:
        job.output.parent.mkdir(parents=True, exist_ok=True)
        command = self.builder.translate(job)
        subprocess.run(command, **RUN_OPTIONS)
        return job.output


def handle_upload_notification(message: Dict[str, str]) -> Path:
    """Called by the survey upload queue consumer with the surveyor's form fields."""
    job = SurveyJob(
        depot=message["depot"],
        capture_name=message["capture_name"],
        resolution_m=float(message.get("resolution_m", 0.25)),
    )
    return SurveyConverter().convert(job)
