"""Staged firmware rollout for online door locks.

Engineering schedules a rollout per floor; this worker calls the vendor's
flashing CLI for each lock and records the outcome.
"""
import asyncio
import logging
import os
import re
import shlex
from pathlib import Path

log = logging.getLogger(__name__)

FLASH_TOOL = os.environ.get("LOCK_FLASH_TOOL", "/opt/lockvendor/bin/lockflash")
FIRMWARE_DIR = Path(os.environ.get("LOCK_FIRMWARE_DIR", "/opt/lockvendor/firmware"))
SERIAL_RE = re.compile(r"^[A-F0-9]{12}$")


async def flash_lock(serial: str, image: Path, verify: bool = True, timeout: float = 180) -> int:
    if not SERIAL_RE.fullmatch(serial):
        raise ValueError(f"invalid lock serial {serial!r}")
    argv = [FLASH_TOOL, "--serial", serial, "--image", str(image)]
    if verify:
        argv.append("--verify")
    log.info("running %s", shlex.join(argv))
    proc = await asyncio.create_subprocess_exec(
        *argv, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), timeout)
    except asyncio.TimeoutError:
        proc.kill()
        await proc.wait()
        return -1
    if proc.returncode:
        log.warning("lock %s: flash failed rc=%s\n%s", serial, proc.returncode, out.decode(errors="replace")[-400:])
    return proc.returncode


async def rollout(serials: list[str], version: str, concurrency: int = 4) -> dict[str, int]:
    image = FIRMWARE_DIR / f"{version}.bin"
    if image.parent != FIRMWARE_DIR or not image.is_file():
        raise FileNotFoundError(image)
    sem = asyncio.Semaphore(concurrency)

    async def one(s: str) -> tuple[str, int]:
        async with sem:
            return s, await flash_lock(s, image)

    return dict(await asyncio.gather(*(one(s) for s in serials)))
