"""Push new firmware to door locks through the vendor's flashing tool.

Maintenance staff pick a batch of locks in the engineering app; the app
calls this service, which runs the vendor CLI on the encoder PC that is
attached to the USB programming cradle.
"""
import asyncio
import logging
import os
from pathlib import Path

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

log = logging.getLogger(__name__)
router = APIRouter(prefix="/engineering/locks")

FLASH_TOOL = os.environ.get("LOCK_FLASH_TOOL", "/opt/lockvendor/bin/lockflash")
FIRMWARE_DIR = Path(os.environ.get("LOCK_FIRMWARE_DIR", "/opt/lockvendor/firmware"))


class FlashRequest(BaseModel):
    serials: list[str]
    firmware: str = "latest"
    verify: bool = True


async def _flash_one(serial: str, image: str, verify: bool) -> tuple[str, int, str]:
    flags = "--verify" if verify else ""
    proc = await asyncio.create_subprocess_shell(
        f"{FLASH_TOOL} --serial {serial} --image {FIRMWARE_DIR}/{image}.bin {flags}",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await proc.communicate()
    return serial, proc.returncode, out.decode(errors="replace")


def available_images() -> set[str]:
    return {p.stem for p in FIRMWARE_DIR.glob("*.bin")}


@router.post("/flash")
async def flash(req: FlashRequest):
    if not req.serials:
        raise HTTPException(400, "no locks selected")
    if req.firmware not in available_images():
        raise HTTPException(404, f"unknown firmware {req.firmware!r}")
    results = await asyncio.gather(*(_flash_one(s, req.firmware, req.verify) for s in req.serials))
    failed = [{"serial": s, "rc": rc, "output": out[-500:]} for s, rc, out in results if rc != 0]
    log.info("flashed %d locks, %d failed", len(results), len(failed))
    return {"flashed": len(results) - len(failed), "failed": failed}
