"""Staff endpoint that re-flashes a kiln controller board over USB serial.

The studio PC next to the kilns runs this small service; technicians pick the
serial port the controller enumerated on and the firmware build to write.
"""
from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required

log = logging.getLogger(__name__)

FIRMWARE_DIR = Path("/srv/kilnhire/firmware")
AVRDUDE = "/usr/bin/avrdude"
MCU = "atmega2560"

app = Flask(__name__)


class FlashError(RuntimeError):
    pass


def _run(command: str, timeout: int = 180) -> str:
    proc = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise FlashError(proc.stderr.strip()[-500:])
    return proc.stdout


def _firmware_image(build: str) -> Path:
    images = {p.stem: p for p in FIRMWARE_DIR.glob("*.hex")}
    if build not in images:
        raise FlashError(f"unknown firmware build {build!r}")
    return images[build]


def flash_controller(port: str, build: str) -> str:
    image = _firmware_image(build)
    command = (
        f"{AVRDUDE} -p {MCU} -c wiring -b 115200 -D "
        f"-P {port} -U flash:w:{image}:i"
    )
    log.info("flashing %s onto %s", image.name, port)
    return _run(command)


@app.post("/controllers/flash")
@login_required
def flash():
    if not current_user.is_staff:
        abort(403)
    body = request.get_json(force=True)
    port = body.get("port", "/dev/ttyACM0")
    build = body.get("build", "")
    try:
        output = flash_controller(port, build)
    except FlashError as exc:
        return jsonify({"ok": False, "error": str(exc)}), 400
    return jsonify({"ok": True, "log": output[-2000:]})
