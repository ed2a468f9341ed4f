"""Worker that flashes controller boards attached to the service bench.

Technicians queue flash jobs from the maintenance dashboard (pick a board on
a USB serial port and a firmware release); this worker runs on the bench PC
and drives esptool for each job.
"""
import asyncio
import json
import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("bench.flasher")

FIRMWARE_CACHE = Path("/var/cache/washpoint/firmware")
ESPTOOL = "esptool.py"
BAUD = 921600


@dataclass
class FlashJob:
    job_id: str
    port: str
    release: str
    chip: str = "esp32"


def _flash_command(job: FlashJob) -> str:
    image = FIRMWARE_CACHE / job.release / "app.bin"
    return (
        f"{ESPTOOL} --chip {job.chip} --port {job.port} --baud {BAUD} "
        f"write_flash -z 0x10000 {image}"
    )


async def flash(job: FlashJob) -> int:
    cmd = _flash_command(job)
    log.info("job %s: %s", job.job_id, cmd)
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    async for line in proc.stdout:
        log.debug("job %s: %s", job.job_id, line.decode(errors="replace").rstrip())
    return await proc.wait()


async def consume(queue: asyncio.Queue, report) -> None:
    while True:
        raw = await queue.get()
        job = FlashJob(**json.loads(raw))
        try:
            rc = await flash(job)
            await report(job.job_id, "done" if rc == 0 else f"failed rc={rc}")
        finally:
            queue.task_done()
