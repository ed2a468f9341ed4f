"""Converts raw ultrasonic axle test traces into the archive format.

Handhelds with an ultrasonic probe record vendor-specific .uta traces; the
vendor's command-line converter turns them into HDF5 for long-term storage.
"""
import asyncio
import logging
from pathlib import Path

from wheeltapper.config import settings

log = logging.getLogger(__name__)

CONVERTER = settings.UT_CONVERTER_BIN
ARCHIVE_DIR = Path(settings.UT_ARCHIVE_DIR)


async def convert_trace(trace_path: Path, axle_serial: str, probe_angle: str) -> Path:
    target = ARCHIVE_DIR / f"{trace_path.stem}.h5"
    proc = await asyncio.create_subprocess_exec(
        CONVERTER,
        "--input", str(trace_path),
        "--output", str(target),
        "--axle", axle_serial,
        "--angle", probe_angle,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await proc.communicate()
    if proc.returncode != 0:
        log.error("converter failed for %s: %s", trace_path.name, stderr.decode(errors="replace"))
        raise RuntimeError(f"conversion failed ({proc.returncode})")
    log.info("converted %s (%s)", trace_path.name, stdout.decode(errors="replace").strip())
    return target


async def convert_all(incoming: Path, axle_serial: str, probe_angle: str, workers: int = 4) -> list[Path]:
    ARCHIVE_DIR.mkdir(parents=True, exist_ok=True)
    semaphore = asyncio.Semaphore(workers)

    async def one(path: Path) -> Path:
        async with semaphore:
            return await convert_trace(path, axle_serial, probe_angle)

    return list(await asyncio.gather(*(one(p) for p in sorted(incoming.glob("*.uta")))))
