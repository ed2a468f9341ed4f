"""Compress raw frames with fpack as they arrive from the instruments.

The data-acquisition hosts publish a message per closed exposure on the
ingest queue; this worker compresses the frame in place and reports back.
"""
import asyncio
import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)

RAW_ROOT = Path("/data/raw").resolve()
FPACK_OPTS = "-q 4 -D -Y"
MAX_PARALLEL = 4


class CompressionError(RuntimeError):
    pass


def _frame_path(message: dict) -> Path:
    path = Path(message["path"]).resolve()
    if not path.is_relative_to(RAW_ROOT) or path.suffix != ".fits":
        raise CompressionError(f"refusing to compress {path}")
    return path


async def compress_frame(path: Path) -> Path:
    cmd = f"fpack {FPACK_OPTS} {path}"
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        raise CompressionError(f"fpack exited {proc.returncode}: {stderr.decode().strip()}")
    return path.with_suffix(".fits.fz")


async def worker(queue: asyncio.Queue, sem: asyncio.Semaphore) -> None:
    while True:
        raw = await queue.get()
        try:
            message = json.loads(raw)
            async with sem:
                out = await compress_frame(_frame_path(message))
            log.info("compressed %s", out.name)
        except (CompressionError, KeyError, ValueError) as exc:
            log.error("could not compress frame: %s", exc)
        finally:
            queue.task_done()


async def main(queue: asyncio.Queue) -> None:
    sem = asyncio.Semaphore(MAX_PARALLEL)
    await asyncio.gather(*(worker(queue, sem) for _ in range(MAX_PARALLEL)))
