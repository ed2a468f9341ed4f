"""Background worker that transcodes uploaded video creatives for screens.

Advertisers upload MP4/MOV files through the portal; the worker converts
them to the resolution and codec of each booked screen model.
"""
from __future__ import annotations

import json
import logging
import os
import subprocess
from dataclasses import dataclass

import boto3

log = logging.getLogger("creative-transcoder")

WORK_DIR = "/srv/transcode/work"
PROFILES = {
    "portrait_1080": "1080:1920",
    "landscape_1080": "1920:1080",
    "roadside_led": "1152:576",
}


@dataclass
class TranscodeJob:
    creative_id: int
    bucket: str
    key: str
    original_filename: str
    profile: str

    @classmethod
    def from_message(cls, body: str) -> "TranscodeJob":
        data = json.loads(body)
        return cls(**{k: data[k] for k in cls.__dataclass_fields__})


def _transcode(src: str, dst: str, scale: str) -> None:
    cmd = f"ffmpeg -y -loglevel error -i '{src}' -vf scale={scale} -c:v libx264 -an '{dst}'"
    subprocess.run(cmd, shell=True, check=True, timeout=900)


def handle(job: TranscodeJob, s3) -> str:
    scale = PROFILES[job.profile]
    job_dir = os.path.join(WORK_DIR, str(job.creative_id))
    os.makedirs(job_dir, exist_ok=True)
    src = os.path.join(job_dir, os.path.basename(job.original_filename))
    dst = os.path.join(job_dir, f"{job.creative_id}_{job.profile}.mp4")
    s3.download_file(job.bucket, job.key, src)
    _transcode(src, dst, scale)
    out_key = f"transcoded/{job.creative_id}/{job.profile}.mp4"
    s3.upload_file(dst, job.bucket, out_key)
    log.info("creative %s transcoded to %s", job.creative_id, out_key)
    return out_key


def run(queue_url: str) -> None:
    sqs = boto3.client("sqs")
    s3 = boto3.client("s3")
    while True:
        resp = sqs.receive_message(QueueUrl=queue_url, WaitTimeSeconds=20, MaxNumberOfMessages=1)
        for msg in resp.get("Messages", []):
            job = TranscodeJob.from_message(msg["Body"])
            try:
                handle(job, s3)
            except (subprocess.CalledProcessError, KeyError):
                log.exception("transcode failed for creative %s", job.creative_id)
                continue
            sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=msg["ReceiptHandle"])


if __name__ == "__main__":
    run(os.environ["TRANSCODE_QUEUE_URL"])
