"""Poster-frame and thumbnail generation for uploaded video."""
import logging
import os
import subprocess
import tempfile

import boto3
from PIL import Image

log = logging.getLogger(__name__)
s3 = boto3.client("s3")

THUMB_SIZES = {"small": (320, 180), "medium": (640, 360), "large": (1280, 720)}


def grab_frame(video_path: str, at_seconds: float) -> str:
    frame_path = tempfile.mktemp(suffix=".png", prefix="poster-")
    subprocess.run(
        ["ffmpeg", "-y", "-ss", f"{at_seconds:.2f}", "-i", video_path, "-frames:v", "1", frame_path],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return frame_path


def make_thumbnails(frame_path: str, out_dir: str) -> dict[str, str]:
    outputs = {}
    with Image.open(frame_path) as frame:
        for name, size in THUMB_SIZES.items():
            thumb = frame.copy()
            thumb.thumbnail(size)
            path = os.path.join(out_dir, f"{name}.jpg")
            thumb.convert("RGB").save(path, "JPEG", quality=82)
            outputs[name] = path
    return outputs


def publish_thumbnails(asset_id: str, video_path: str, bucket: str, at_seconds: float = 3.0) -> list[str]:
    frame = grab_frame(video_path, at_seconds)
    keys = []
    try:
        with tempfile.TemporaryDirectory() as out_dir:
            for name, path in make_thumbnails(frame, out_dir).items():
                key = f"thumbs/{asset_id}/{name}.jpg"
                s3.upload_file(path, bucket, key, ExtraArgs={"ContentType": "image/jpeg"})
                keys.append(key)
    finally:
        os.remove(frame)
    log.info("published %d thumbnails for %s", len(keys), asset_id)
    return keys
