"""Compress rotated impression logs and upload them to the data lake."""
import asyncio
import logging
import os
from asyncio.subprocess import PIPE
from pathlib import Path

log = logging.getLogger(__name__)

LOG_DIR = Path(os.environ.get("IMPRESSION_LOG_DIR", "/var/log/adserver"))
LAKE_PREFIX = os.environ["LAKE_S3_PREFIX"]


async def _run(*argv: str) -> None:
    proc = await asyncio.create_subprocess_exec(*argv, stdout=PIPE, stderr=PIPE)
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[0]} exited {proc.returncode}: {err.decode(errors='replace')}")


async def ship(path: Path, hostname: str) -> str:
    compressed = path.with_suffix(path.suffix + ".zst")
    await _run("zstd", "-q", "-19", "--rm", "-o", str(compressed), "--", str(path))
    dest = f"{LAKE_PREFIX.rstrip('/')}/host={hostname}/{compressed.name}"
    await _run("aws", "s3", "cp", "--only-show-errors", str(compressed), dest)
    compressed.unlink()
    log.info("shipped %s -> %s", path.name, dest)
    return dest


async def ship_rotated(hostname: str, concurrency: int = 3) -> list[str]:
    rotated = sorted(LOG_DIR.glob("impressions.log.*[0-9]"))
    sem = asyncio.Semaphore(concurrency)

    async def _one(p: Path) -> str:
        async with sem:
            return await ship(p, hostname)

    return await asyncio.gather(*(_one(p) for p in rotated))


if __name__ == "__main__":
    import socket

    logging.basicConfig(level=logging.INFO)
    asyncio.run(ship_rotated(socket.gethostname()))
