"""Grabs still frames from the CCTV cameras for the duty manager's daily incident report."""
from __future__ import annotations

import logging
import os
import subprocess
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import boto3

log = logging.getLogger("cctv.snapshots")

FFMPEG = os.environ.get("FFMPEG_BIN", "/usr/bin/ffmpeg")
REPORT_BUCKET = os.environ.get("REPORT_BUCKET", "rampworks-duty-reports")


def grab_frame(rtsp_url: str) -> bytes:
    fd, tmp_name = tempfile.mkstemp(prefix="snap-", suffix=".jpg")
    os.close(fd)
    try:
        subprocess.run(
            [FFMPEG, "-hide_banner", "-loglevel", "error", "-y",
             "-rtsp_transport", "tcp", "-i", rtsp_url, "-frames:v", "1", tmp_name],
            check=True,
            timeout=20,
        )
        return Path(tmp_name).read_bytes()
    finally:
        os.unlink(tmp_name)


class SnapshotExporter:
    def __init__(self, cameras: dict[str, str]) -> None:
        self.cameras = cameras
        self.s3 = boto3.client("s3")

    def export_all(self, report_date: datetime | None = None) -> list[str]:
        report_date = report_date or datetime.now(timezone.utc)
        keys = []
        for camera_id, rtsp_url in self.cameras.items():
            try:
                frame = grab_frame(rtsp_url)
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                log.warning("no frame from camera %s", camera_id)
                continue
            key = f"{report_date:%Y/%m/%d}/{camera_id}-{report_date:%H%M}.jpg"
            self.s3.put_object(Bucket=REPORT_BUCKET, Key=key, Body=frame, ContentType="image/jpeg")
            keys.append(key)
        log.info("exported %d snapshots", len(keys))
        return keys


if __name__ == "__main__":
    import json

    logging.basicConfig(level=logging.INFO)
    with open(os.environ.get("CAMERA_MAP", "/etc/rampworks/cameras.json")) as fh:
        SnapshotExporter(json.load(fh)).export_all()
