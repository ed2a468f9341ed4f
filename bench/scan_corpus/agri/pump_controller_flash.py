"""Gateway-side endpoint to reflash pump controllers over a USB serial link."""
import logging
import os
import re
import subprocess
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .auth import require_technician

log = logging.getLogger(__name__)
router = APIRouter(prefix="/local/pump-firmware", dependencies=[Depends(require_technician)])

FIRMWARE_DIR = Path(os.environ.get("GW_FIRMWARE_DIR", "/opt/agrigw/firmware"))
MANIFEST = {
    "pc-1.8.0": "pumpctl-1.8.0.hex",
    "pc-1.9.3": "pumpctl-1.9.3.hex",
}
SERIAL_PORT_RE = re.compile(r"^/dev/tty(USB|ACM)[0-9]{1,2}$")


class FlashRequest(BaseModel):
    release: str
    serial_port: str = "/dev/ttyUSB0"


@router.post("/flash")
def flash_pump_controller(req: FlashRequest):
    image_name = MANIFEST.get(req.release)
    if image_name is None:
        raise HTTPException(404, "unknown firmware release")
    if not SERIAL_PORT_RE.fullmatch(req.serial_port):
        raise HTTPException(422, "serial_port must be a USB serial device")

    cmd = [
        "avrdude", "-p", "m2560", "-c", "wiring", "-P", req.serial_port,
        "-b", "115200", "-D", "-U", f"flash:w:{FIRMWARE_DIR / image_name}:i",
    ]
    log.info("flashing %s via %s", image_name, req.serial_port)
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        log.error("avrdude failed: %s", result.stderr.strip()[-500:])
        raise HTTPException(500, "flash failed")
    return {"release": req.release, "port": req.serial_port}
