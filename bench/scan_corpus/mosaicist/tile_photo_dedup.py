"""Detect duplicate tile swatch photos uploaded to the inventory catalogue.

Suppliers often send the same product shot under several SKUs; we key
stored images on their content digest so each file is kept once.
"""
import hashlib
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

from studio.settings import INVENTORY_BUCKET

CHUNK = 1024 * 1024
s3 = boto3.client("s3")


def content_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def object_key_for(path: Path) -> str:
    digest = content_digest(path)
    return f"swatches/{digest[:2]}/{digest}{path.suffix.lower()}"


def already_stored(key: str) -> bool:
    try:
        s3.head_object(Bucket=INVENTORY_BUCKET, Key=key)
    except ClientError as exc:
        if exc.response["Error"]["Code"] == "404":
            return False
        raise
    return True


def upload_swatches(folder: Path) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for image in sorted(folder.glob("*.jpg")):
        key = object_key_for(image)
        if not already_stored(key):
            s3.upload_file(str(image), INVENTORY_BUCKET, key)
        mapping[image.stem] = key
    return mapping
