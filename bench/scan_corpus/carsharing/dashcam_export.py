"""Worker that cuts dash-cam footage for damage and incident claims.

Jobs arrive from the support tool with the vehicle, a time window and a label
chosen by the agent. The clip is cut from the rolling recording with ffmpeg and
uploaded to the claims bucket.
"""
import asyncio
import logging
import os
from datetime import datetime

log = logging.getLogger("dashcam_export")

RECORDINGS_ROOT = os.environ.get("DASHCAM_ROOT", "/srv/dashcam")
FFMPEG = os.environ.get("FFMPEG_BIN", "ffmpeg")
EXPORT_DIR = os.environ.get("DASHCAM_EXPORT_DIR", "/srv/exports")


def _source_for(vehicle_id: int, when: datetime) -> str:
    return os.path.join(RECORDINGS_ROOT, str(vehicle_id), when.strftime("%Y%m%d_%H.mp4"))


def _ffmpeg_cmd(src: str, offset_s: int, length_s: int, title: str, dest: str) -> str:
    return (
        f"{FFMPEG} -hide_banner -loglevel error -ss {offset_s} -i {src} "
        f'-t {length_s} -c copy -metadata title="{title}" {dest}'
    )


async def cut_clip(job: dict) -> str:
    start = datetime.fromisoformat(job["start"])
    end = datetime.fromisoformat(job["end"])
    src = _source_for(int(job["vehicle_id"]), start)
    dest = os.path.join(EXPORT_DIR, f"claim_{int(job['claim_id'])}_{int(job['id'])}.mp4")
    title = job.get("label") or f"Claim {job['claim_ref']}"
    cmd = _ffmpeg_cmd(src, start.minute * 60 + start.second, int((end - start).total_seconds()), title, dest)

    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"ffmpeg failed for claim {job['claim_ref']}: {err.decode(errors='replace')}")
    return dest


async def worker(queue: asyncio.Queue, uploader) -> None:
    while True:
        job = await queue.get()
        try:
            path = await cut_clip(job)
            await uploader.upload(path, key=f"claims/{job['claim_ref']}/{os.path.basename(path)}")
        except Exception:
            log.exception("export failed for job %s", job.get("id"))
        finally:
            queue.task_done()
