"""SQS worker that turns uploaded mezzanine files into web renditions.

Messages look like {"asset_id": "...", "bucket": "...", "key": "uploads/<name>.mov"}.
"""
import json
import logging
import os
import pathlib
import subprocess
import tempfile

import boto3

log = logging.getLogger("transcode_worker")

QUEUE_URL = os.environ["TRANSCODE_QUEUE_URL"]
OUTPUT_BUCKET = os.environ["RENDITION_BUCKET"]
PROFILES = {
    "720p": "-vf scale=-2:720 -c:v libx264 -preset medium -crf 23 -c:a aac -b:a 128k",
    "1080p": "-vf scale=-2:1080 -c:v libx264 -preset medium -crf 21 -c:a aac -b:a 160k",
}

s3 = boto3.client("s3")
sqs = boto3.client("sqs")


def transcode(src: pathlib.Path, workdir: pathlib.Path) -> list[pathlib.Path]:
    outputs = []
    for name, args in PROFILES.items():
        dst = workdir / f"{src.stem}_{name}.mp4"
        subprocess.run(f"ffmpeg -y -i '{src}' {args} '{dst}'", shell=True, check=True)
        outputs.append(dst)
    return outputs


def handle(message: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = pathlib.Path(tmp)
        src = workdir / pathlib.PurePosixPath(message["key"]).name
        s3.download_file(message["bucket"], message["key"], str(src))
        for output in transcode(src, workdir):
            s3.upload_file(str(output), OUTPUT_BUCKET, f"{message['asset_id']}/{output.name}")
    log.info("transcoded asset %s", message["asset_id"])


def main() -> None:
    while True:
        resp = sqs.receive_message(QueueUrl=QUEUE_URL, MaxNumberOfMessages=1, WaitTimeSeconds=20)
        for msg in resp.get("Messages", []):
            try:
                handle(json.loads(msg["Body"]))
            except Exception:
                log.exception("transcode failed for %s", msg["MessageId"])
                continue
            sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=msg["ReceiptHandle"])


if __name__ == "__main__":
    main()
