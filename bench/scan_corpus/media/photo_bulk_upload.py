"""Bulk import of photographer shoots into the picture desk library.

Photographers drop a .tar.gz of a shoot into the inbox bucket; an S3 event
triggers this handler, which unpacks the archive, makes web derivatives and
registers every image with the DAM.
"""
import logging
import os
import pathlib
import tarfile
import tempfile

import boto3
from PIL import Image

from .dam import register_image

log = logging.getLogger(__name__)
s3 = boto3.client("s3")

LIBRARY_BUCKET = os.environ["PHOTO_LIBRARY_BUCKET"]
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".tif", ".tiff", ".png"}
WEB_WIDTH = 2048


def _web_derivative(src: pathlib.Path, dst: pathlib.Path) -> None:
    with Image.open(src) as img:
        img.thumbnail((WEB_WIDTH, WEB_WIDTH))
        img.convert("RGB").save(dst, "JPEG", quality=85)


def import_shoot(bucket: str, key: str, photographer_id: int) -> int:
    count = 0
    with tempfile.TemporaryDirectory() as tmp:
        workdir = pathlib.Path(tmp)
        archive_path = workdir / "shoot.tar.gz"
        s3.download_file(bucket, key, str(archive_path))

        extract_dir = workdir / "shoot"
        extract_dir.mkdir()
        with tarfile.open(archive_path, "r:gz") as tar:
            tar.extractall(extract_dir)

        for path in sorted(extract_dir.rglob("*")):
            if path.suffix.lower() not in IMAGE_SUFFIXES:
                continue
            web = path.with_suffix(".web.jpg")
            _web_derivative(path, web)
            dest_key = f"{photographer_id}/{pathlib.Path(key).stem}/{path.name}"
            s3.upload_file(str(path), LIBRARY_BUCKET, f"originals/{dest_key}")
            s3.upload_file(str(web), LIBRARY_BUCKET, f"web/{dest_key}")
            register_image(photographer_id=photographer_id, key=dest_key)
            count += 1
    log.info("imported %d images from %s", count, key)
    return count


def handler(event, context):
    for record in event["Records"]:
        bucket = record["s3"]["bucket"]["name"]
        key = record["s3"]["object"]["key"]
        photographer_id = int(pathlib.PurePosixPath(key).parts[1])
        import_shoot(bucket, key, photographer_id)
