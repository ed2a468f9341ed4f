"""Local admin API on the irrigation gateway for flashing valve controllers.

Field technicians plug a controller into the gateway's USB port and trigger
a flash from the tablet app while standing at the pump house.
"""
import logging
import os
import subprocess
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .auth import require_technician

log = logging.getLogger(__name__)
router = APIRouter(prefix="/local/firmware", dependencies=[Depends(require_technician)])

FIRMWARE_DIR = Path(os.environ.get("GW_FIRMWARE_DIR", "/opt/agrigw/firmware"))
MANIFEST = {
    "vc-2.4.1": "valvectl-2.4.1.bin",
    "vc-2.5.0": "valvectl-2.5.0.bin",
    "vc-3.0.2": "valvectl-3.0.2.bin",
}


class FlashRequest(BaseModel):
    release: str
    serial_port: str = "/dev/ttyUSB0"
    verify: bool = True


@router.post("/flash")
def flash_controller(req: FlashRequest):
    image_name = MANIFEST.get(req.release)
    if image_name is None:
        raise HTTPException(404, "unknown firmware release")
    image = FIRMWARE_DIR / image_name

    verify_flag = "-v" if req.verify else ""
    cmd = f"stm32flash -w {image} {verify_flag} -g 0x0 {req.serial_port}"
    log.info("flashing %s via %s", image_name, req.serial_port)
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=300)

    if result.returncode != 0:
        log.error("flash failed: %s", result.stderr.strip()[-500:])
        raise HTTPException(500, "flash failed")
    return {"release": req.release, "port": req.serial_port, "output": result.stdout[-2000:]}
