"""Background worker that reprojects uploaded rasters for tile rendering.

Jobs are pulled from a Redis list.  Each job names an uploaded GeoTIFF and
the target spatial reference requested by the client in the project
settings form.
"""
from __future__ import annotations

import json
import logging
import os
import shlex
import subprocess
from pathlib import Path

import redis

log = logging.getLogger("reproject_worker")

QUEUE = "raster:reproject"
UPLOAD_ROOT = Path(os.environ.get("RASTER_UPLOAD_ROOT", "/srv/uploads/rasters"))
OUTPUT_ROOT = Path(os.environ.get("RASTER_OUTPUT_ROOT", "/srv/tiles/source"))
RESAMPLING = "bilinear"


def reproject(job: dict) -> Path:
    source = UPLOAD_ROOT / f"{int(job['upload_id'])}.tif"
    target = OUTPUT_ROOT / f"{int(job['upload_id'])}_warped.tif"
    target_srs = job["target_srs"]
    command = (
        f"gdalwarp -overwrite -r {RESAMPLING} -t_srs {target_srs} "
        f"-co COMPRESS=DEFLATE -co TILED=YES {shlex.quote(str(source))} {shlex.quote(str(target))}"
    )
    subprocess.run(command, shell=True, check=True, timeout=1800)
    return target


def run_forever(client: redis.Redis) -> None:
    log.info("waiting for jobs on %s", QUEUE)
    while True:
        item = client.blpop(QUEUE, timeout=30)
        if item is None:
            continue
        _, raw = item
        try:
            job = json.loads(raw)
            output = reproject(job)
        except (ValueError, KeyError) as exc:
            log.error("malformed job %r: %s", raw[:200], exc)
            continue
        except subprocess.CalledProcessError as exc:
            log.error("gdalwarp failed for upload %s: exit %s", job.get("upload_id"), exc.returncode)
            client.rpush("raster:failed", raw)
            continue
        client.rpush("tiles:render", json.dumps({"source": str(output), "project": job.get("project_id")}))
        log.info("reprojected upload %s", job["upload_id"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_forever(redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0")))
