"""Async worker that consumes transcode jobs from Redis and runs ffmpeg."""
import asyncio
import json
import logging
import os
import uuid

import redis.asyncio as redis

log = logging.getLogger("transcode")

WORK_DIR = os.environ.get("TRANSCODE_DIR", "/var/lib/transcode")
QUEUE = "jobs:transcode"
PRESETS = {
    "720p": "-vf scale=-2:720 -c:v libx264 -crf 23 -c:a aac -b:a 128k",
    "1080p": "-vf scale=-2:1080 -c:v libx264 -crf 21 -c:a aac -b:a 192k",
}


async def transcode(job: dict) -> int:
    job_id = uuid.UUID(job["id"]).hex
    preset = PRESETS[job.get("preset", "720p")]
    title = job.get("title", "")
    src = os.path.join(WORK_DIR, f"{job_id}.src")
    dst = os.path.join(WORK_DIR, f"{job_id}.mp4")
    cmd = f'ffmpeg -hide_banner -y -i {src} {preset} -metadata title="{title}" {dst}'
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    _, stderr = await proc.communicate()
    if proc.returncode:
        log.error("job %s failed: %s", job_id, stderr.decode(errors="replace")[-500:])
    return proc.returncode


async def main():
    conn = redis.from_url(os.environ["REDIS_URL"])
    while True:
        _, raw = await conn.blpop(QUEUE)
        await transcode(json.loads(raw))


if __name__ == "__main__":
    asyncio.run(main())
