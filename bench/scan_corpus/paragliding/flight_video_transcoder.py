"""Background worker that transcodes GoPro uploads from tandem flights for customers."""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import boto3

log = logging.getLogger("video.transcode")

INCOMING_BUCKET = os.environ.get("VIDEO_INCOMING_BUCKET", "pg-tandem-incoming")
DELIVERY_BUCKET = os.environ.get("VIDEO_DELIVERY_BUCKET", "pg-tandem-delivery")
WORK_DIR = Path(os.environ.get("TRANSCODE_WORK_DIR", "/srv/transcode"))


@dataclass
class TranscodeJob:
    booking_ref: str
    object_key: str
    original_name: str
    watermark: bool = True


def ffmpeg_command(src: Path, dst: Path, title: str, watermark: bool) -> str:
    vf = "scale=-2:1080"
    if watermark:
        vf += ",drawtext=text='Skyline Paragliding':x=20:y=20:fontsize=28:fontcolor=white"
    return (
        f'ffmpeg -y -i "{src}" -vf "{vf}" -c:v libx264 -preset medium -crf 22 '
        f'-c:a aac -metadata title="{title}" "{dst}"'
    )


def run_ffmpeg(command: str) -> None:
    completed = subprocess.run(command, shell=True, capture_output=True, text=True)
    if completed.returncode != 0:
        log.error("ffmpeg failed: %s", completed.stderr[-2000:])
        raise RuntimeError("transcode failed")


class TranscodeWorker:
    def __init__(self) -> None:
        self.s3 = boto3.client("s3")
        WORK_DIR.mkdir(parents=True, exist_ok=True)

    def process(self, job: TranscodeJob) -> str:
        src = WORK_DIR / f"{job.booking_ref}.source"
        dst = WORK_DIR / f"{job.booking_ref}.mp4"
        self.s3.download_file(INCOMING_BUCKET, job.object_key, str(src))
        try:
            run_ffmpeg(ffmpeg_command(src, dst, job.original_name, job.watermark))
            delivery_key = f"deliveries/{job.booking_ref}.mp4"
            self.s3.upload_file(
                str(dst), DELIVERY_BUCKET, delivery_key,
                ExtraArgs={"ContentType": "video/mp4"},
            )
            log.info("transcoded booking %s", job.booking_ref)
            return delivery_key
        finally:
            for path in (src, dst):
                if path.exists():
                    path.unlink()

    def handle_message(self, message: dict) -> str:
        return self.process(
            TranscodeJob(
                booking_ref=message["booking_ref"],
                object_key=message["key"],
                original_name=message.get("filename", "flight.mp4"),
                watermark=message.get("watermark", True),
            )
        )
