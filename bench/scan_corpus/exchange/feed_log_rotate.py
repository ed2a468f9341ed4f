"""Celery beat tasks that compress and ship rotated market-data feed logs.

Feed handlers write one raw capture per session under FEED_LOG_DIR; once
a capture is closed it is compressed with zstd and copied to S3.
"""
import logging
import os
import shutil
import subprocess
import time
from pathlib import Path

import boto3
from celery import Celery
from celery.schedules import crontab

app = Celery("feedlogs", broker=os.environ["CELERY_BROKER_URL"])
log = logging.getLogger(__name__)

FEED_LOG_DIR = Path(os.environ.get("FEED_LOG_DIR", "/var/log/mdfeed"))
BUCKET = os.environ.get("FEED_LOG_BUCKET", "mdfeed-captures")
MIN_AGE_SECONDS = 15 * 60
ZSTD = shutil.which("zstd") or "/usr/bin/zstd"

app.conf.beat_schedule = {
    "rotate-feed-logs": {"task": "feed_log_rotate.compress_closed_captures",
                         "schedule": crontab(minute="*/30")},
}


def _closed_captures() -> list[Path]:
    cutoff = time.time() - MIN_AGE_SECONDS
    return [p for p in FEED_LOG_DIR.glob("*/*.pcap")
            if p.is_file() and p.stat().st_mtime < cutoff]


def _compress(path: Path, level: int = 10) -> Path:
    subprocess.run(
        [ZSTD, "-q", f"-{level}", "--rm", "-T0", "--", str(path)],
        check=True,
        timeout=1800,
    )
    return path.with_suffix(path.suffix + ".zst")


@app.task
def compress_closed_captures() -> int:
    s3 = boto3.client("s3")
    shipped = 0
    for capture in _closed_captures():
        feed = capture.parent.name
        try:
            packed = _compress(capture)
        except subprocess.CalledProcessError as exc:
            log.error("zstd failed for %s: rc=%s", capture, exc.returncode)
            continue
        s3.upload_file(str(packed), BUCKET, f"{feed}/{packed.name}",
                       ExtraArgs={"StorageClass": "STANDARD_IA"})
        packed.unlink()
        shipped += 1
        log.info("shipped %s/%s", feed, packed.name)
    return shipped
