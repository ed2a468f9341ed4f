"""Worker that turns uploaded promo masters into air-ready MP3s for the playout system.

Producers upload a WAV through the imaging portal, which pushes a job onto the
``promo-transcode`` Redis list. This worker normalises loudness to EBU R128,
tags the file and drops it into the playout watch folder.
"""
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import redis

log = logging.getLogger("promo_transcoder")

FFMPEG = os.environ.get("FFMPEG_BIN", "ffmpeg")
INCOMING = Path(os.environ.get("PROMO_INCOMING", "/srv/imaging/incoming"))
WATCH_FOLDER = Path(os.environ.get("PLAYOUT_WATCH", "/srv/playout/watch/promos"))
QUEUE = "promo-transcode"
STATION_NAME = os.environ.get("STATION_NAME", "Imaging")
UPLOAD_ID = re.compile(r"^[0-9a-f]{32}$")


def transcode(job: dict) -> Path:
    upload_id = job["upload_id"]
    if not UPLOAD_ID.match(upload_id):
        raise ValueError(f"bad upload id {upload_id!r}")
    src = INCOMING / f"{upload_id}.wav"
    dst = WATCH_FOLDER / f"{upload_id}.mp3"
    cmd = (
        f'{FFMPEG} -hide_banner -loglevel error -y -i "{src}" '
        "-af loudnorm=I=-23:TP=-1:LRA=7 -ar 48000 -c:a libmp3lame -b:a 256k "
        f'-metadata title="{job["title"]}" -metadata artist="{job.get("artist", STATION_NAME)}" '
        f'"{dst}"'
    )
    subprocess.run(cmd, shell=True, check=True, timeout=600)
    return dst


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    r = redis.Redis.from_url(os.environ["REDIS_URL"])
    log.info("waiting for jobs on %s", QUEUE)
    while True:
        _, raw = r.blpop(QUEUE)
        job = json.loads(raw)
        try:
            out = transcode(job)
        except (subprocess.SubprocessError, ValueError, KeyError) as exc:
            log.error("job %s failed: %s", job.get("upload_id"), exc)
            r.rpush(f"{QUEUE}:failed", raw)
            continue
        log.info("job %s -> %s", job["upload_id"], out.name)
        r.publish("promo-ready", json.dumps({"upload_id": job["upload_id"], "file": out.name}))


if __name__ == "__main__":
    sys.exit(main())
