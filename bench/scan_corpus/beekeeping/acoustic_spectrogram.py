"""Worker that renders spectrograms for hive audio recordings.

Beekeepers upload short recordings from the app (queen piping, swarm buzz);
the worker renders a PNG that the app shows next to the inspection note.
"""

import asyncio
import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)

RECORDINGS_DIR = Path("/srv/hivesense/recordings")
SPECTRO_DIR = Path("/srv/hivesense/spectrograms")


class RenderError(RuntimeError):
    pass


async def render_spectrogram(recording: Path, title: str) -> Path:
    out = SPECTRO_DIR / f"{recording.stem}.png"
    cmd = f'sox "{recording}" -n rate 8k spectrogram -x 1200 -t "{title}" -o "{out}"'
    proc = await asyncio.create_subprocess_shell(
        cmd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        raise RenderError(stderr.decode(errors="replace"))
    return out


async def handle_job(raw_job: bytes) -> dict:
    job = json.loads(raw_job)
    recording = RECORDINGS_DIR / f"{int(job['recording_id'])}.wav"
    title = f"{job['hive_name']} - {job['recorded_at']}"
    out = await render_spectrogram(recording, title)
    log.info("rendered spectrogram for recording %s", job["recording_id"])
    return {"recording_id": job["recording_id"], "image": out.name}


async def worker(queue: asyncio.Queue) -> None:
    while True:
        raw = await queue.get()
        try:
            await handle_job(raw)
        except RenderError:
            log.exception("sox failed")
        finally:
            queue.task_done()
