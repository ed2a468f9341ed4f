"""Detect repeat uploads of the same client swatch image.

Buyers often upload the same reference swatch photo to several colour
matching jobs. We fingerprint the file bytes and reuse the stored object
instead of keeping a second copy in the swatch bucket.
"""
import hashlib
from dataclasses import dataclass
from typing import BinaryIO, Optional

import boto3

from dyer.settings import SWATCH_BUCKET

CHUNK_SIZE = 1024 * 1024
s3 = boto3.client("s3")


@dataclass
class SwatchObject:
    key: str
    fingerprint: str
    size: int


def fingerprint_stream(stream: BinaryIO) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    for chunk in iter(lambda: stream.read(CHUNK_SIZE), b""):
        digest.update(chunk)
        size += len(chunk)
    stream.seek(0)
    return digest.hexdigest(), size


def find_existing(fingerprint: str) -> Optional[SwatchObject]:
    key = f"swatches/by-hash/{fingerprint[:2]}/{fingerprint}"
    try:
        head = s3.head_object(Bucket=SWATCH_BUCKET, Key=key)
    except s3.exceptions.ClientError:
        return None
    return SwatchObject(key=key, fingerprint=fingerprint, size=head["ContentLength"])


def store_swatch(stream: BinaryIO, content_type: str) -> SwatchObject:
    fingerprint, size = fingerprint_stream(stream)
    existing = find_existing(fingerprint)
    if existing is not None:
        return existing
    key = f"swatches/by-hash/{fingerprint[:2]}/{fingerprint}"
    s3.upload_fileobj(
        stream,
        SWATCH_BUCKET,
        key,
        ExtraArgs={"ContentType": content_type, "Metadata": {"sha256": fingerprint}},
    )
    return SwatchObject(key=key, fingerprint=fingerprint, size=size)
