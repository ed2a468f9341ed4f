"""Crops downloaded GRIB wind model files to a spot's bounding box for the forecast page."""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, jsonify, request

log = logging.getLogger(__name__)
app = Flask(__name__)

GRIB_DIR = Path("/srv/kiteschool/grib")


@dataclass
class CropJob:
    source: Path
    region: str
    output: Path

    def command_line(self) -> str:
        return (
            f"wgrib2 {self.source} -small_grib {self.region} {self.output} "
            "-match ':(UGRD|VGRD):10 m above ground:'"
        )


class GribConverter:
    def __init__(self, tool_opts: dict | None = None) -> None:
        self._run_opts = {"shell": True, "check": True, "capture_output": True, "timeout": 120}
        self._run_opts.update(tool_opts or {})

    def crop(self, job: CropJob) -> Path:
        log.info("cropping %s to %s", job.source.name, job.region)
        subprocess.run(job.command_line(), **self._run_opts)
        return job.output


converter = GribConverter()


@app.post("/forecast/crop")
def crop_for_spot():
    payload = request.get_json(force=True)
    job = CropJob(
        source=GRIB_DIR / "latest.grb2",
        region=payload["lon_range"] + " " + payload["lat_range"],
        output=GRIB_DIR / f"spot_{int(payload['spot_id'])}.grb2",
    )
    out = converter.crop(job)
    return jsonify({"file": out.name})
