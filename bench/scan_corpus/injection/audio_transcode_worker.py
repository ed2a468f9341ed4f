"""Async worker that consumes podcast transcode jobs and runs ffmpeg."""
import asyncio
import json
import logging
import os
import uuid

import redis.asyncio as redis

log = logging.getLogger("audio")

WORK_DIR = os.environ.get("TRANSCODE_DIR", "/var/lib/transcode")
QUEUE = "jobs:audio"
PRESETS = {
    "mp3-128": ["-c:a", "libmp3lame", "-b:a", "128k"],
    "aac-96": ["-c:a", "aac", "-b:a", "96k"],
}


async def transcode(job: dict) -> int:
    job_id = uuid.UUID(job["id"]).hex
    preset = PRESETS[job.get("preset", "mp3-128")]
    title = str(job.get("title", ""))[:200]
    src = os.path.join(WORK_DIR, f"{job_id}.src")
    dst = os.path.join(WORK_DIR, f"{job_id}.{'mp3' if preset[1] == 'libmp3lame' else 'm4a'}")
    argv = ["ffmpeg", "-hide_banner", "-y", "-i", src, *preset, "-metadata", f"title={title}", dst]
    proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
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
