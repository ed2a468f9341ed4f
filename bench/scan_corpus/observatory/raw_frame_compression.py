"""Compress raw frames with fpack as the data-acquisition system closes them."""
import asyncio
import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)

RAW_ROOT = Path("/data/raw").resolve()
FPACK = "fpack"
FPACK_OPTS = ("-q", "4", "-D", "-Y")


async def compress(path: Path) -> Path:
    proc = await asyncio.create_subprocess_exec(
        FPACK, *FPACK_OPTS, str(path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"fpack failed on {path.name}: {stderr.decode().strip()}")
    return path.with_suffix(".fits.fz")


def _resolve(message: dict) -> Path:
    path = Path(message["path"]).resolve()
    if not path.is_relative_to(RAW_ROOT) or path.suffix != ".fits":
        raise ValueError(f"not a raw frame under {RAW_ROOT}: {path}")
    return path


async def consume(queue: asyncio.Queue) -> None:
    while True:
        message = json.loads(await queue.get())
        try:
            out = await compress(_resolve(message))
            log.info("compressed %s", out.name)
        except (RuntimeError, ValueError, KeyError) as exc:
            log.error("compression skipped: %s", exc)
        finally:
            queue.task_done()
