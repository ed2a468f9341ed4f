"""Pushes firmware images to sauna heater controllers from the maintenance dashboard."""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from typing import Any, Dict

from flask import Flask, jsonify, request

log = logging.getLogger("maintenance.firmware")
app = Flask(__name__)


@dataclass
class FlashJob:
    controller_host: str
    firmware_version: str
    image_dir: str = "/srv/firmware/heaters"

    @classmethod
    def from_form(cls, form: Dict[str, str]) -> "FlashJob":
        return cls(controller_host=form["controller"], firmware_version=form["version"])

    @property
    def image_path(self) -> str:
        return f"{self.image_dir}/hc-{self.firmware_version}.bin"

    def command_line(self) -> str:
        return (
            f"heaterctl flash --host {self.controller_host} "
            f"--image {self.image_path} --reboot"
        )


class Flasher:
    RUN_OPTS: Dict[str, Any] = {"shell": True, "capture_output": True, "text": True, "timeout": 600}

    def run(self, job: FlashJob) -> subprocess.CompletedProcess:
        log.info("flashing %s to %s", job.firmware_version, job.controller_host)
        return subprocess.run(job.command_line(), **self.RUN_OPTS)


flasher = Flasher()


@app.post("/maintenance/heaters/flash")
def flash_heater():
    job = FlashJob.from_form(request.form.to_dict())
    result = flasher.run(job)
    return jsonify(
        controller=job.controller_host,
        version=job.firmware_version,
        returncode=result.returncode,
        output=result.stdout[-2000:],
    )
