"""Worker that watermarks course photos before they go to the gallery.

Cameras on the long zipline drop raw JPEGs into S3; an SQS message per
photo tells this worker which guest and course to caption it with.
"""
import json
import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import boto3

log = logging.getLogger(__name__)

WORK_DIR = Path(os.environ.get("ZP_WATERMARK_WORKDIR", "/var/lib/ziplinepark/watermark"))


@dataclass
class QueuedPhoto:
    bucket: str
    key: str
    guest_name: str
    course_name: str

    @classmethod
    def from_message(cls, body: str) -> "QueuedPhoto":
        data = json.loads(body)
        return cls(data["bucket"], data["key"], data["guest_name"], data["course_name"])


def _compose_command(src: Path, dst: Path, caption: str) -> str:
    return (
        f"magick '{src}' -resize 2048x2048 -gravity south -pointsize 42 -fill white "
        f"-annotate +0+36 '{caption}' -quality 88 '{dst}'"
    )


class WatermarkJob:
    def __init__(self, queue_url: str, output_bucket: str) -> None:
        self._sqs = boto3.client("sqs")
        self._s3 = boto3.client("s3")
        self._queue_url = queue_url
        self._output_bucket = output_bucket
        WORK_DIR.mkdir(parents=True, exist_ok=True)

    def process(self, photo: QueuedPhoto) -> str:
        name = Path(photo.key).name
        src = WORK_DIR / f"raw-{name}"
        dst = WORK_DIR / f"wm-{name}"
        self._s3.download_file(photo.bucket, photo.key, str(src))
        caption = f"{photo.guest_name} - {photo.course_name}"
        subprocess.run(_compose_command(src, dst, caption), shell=True, check=True, timeout=120)
        out_key = f"gallery/{name}"
        self._s3.upload_file(str(dst), self._output_bucket, out_key, ExtraArgs={"ContentType": "image/jpeg"})
        src.unlink(missing_ok=True)
        dst.unlink(missing_ok=True)
        return out_key

    def run_forever(self) -> None:
        while True:
            resp = self._sqs.receive_message(
                QueueUrl=self._queue_url, MaxNumberOfMessages=5, WaitTimeSeconds=20
            )
            for msg in resp.get("Messages", []):
                try:
                    key = self.process(QueuedPhoto.from_message(msg["Body"]))
                    log.info("watermarked %s", key)
                except (subprocess.CalledProcessError, KeyError, ValueError):
                    log.exception("failed to watermark message %s", msg["MessageId"])
                    continue
                self._sqs.delete_message(QueueUrl=self._queue_url, ReceiptHandle=msg["ReceiptHandle"])


if __name__ == "__main__":
    WatermarkJob(os.environ["ZP_WATERMARK_QUEUE_URL"], os.environ["ZP_GALLERY_BUCKET"]).run_forever()
