"""De-duplication of blade photos uploaded by the technician app.

Tablets retry uploads on flaky mobile connections, so the same photo can
arrive several times. We key stored photos by content digest.
"""
import hashlib
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

from knifegrinder.settings import settings

s3 = boto3.client("s3", region_name=settings.AWS_REGION)
CHUNK = 1 << 20


def content_digest(stream) -> str:
    h = hashlib.sha256()
    for block in iter(lambda: stream.read(CHUNK), b""):
        h.update(block)
    stream.seek(0)
    return h.hexdigest()


def object_key(job_id: int, digest: str, suffix: str) -> str:
    return f"jobs/{job_id}/photos/{digest[:2]}/{digest}{suffix}"


def _exists(key: str) -> bool:
    try:
        s3.head_object(Bucket=settings.PHOTO_BUCKET, Key=key)
        return True
    except ClientError as err:
        if err.response["Error"]["Code"] in ("404", "NoSuchKey"):
            return False
        raise


def store_photo(job_id: int, filename: str, stream) -> dict:
    suffix = Path(filename).suffix.lower() or ".jpg"
    digest = content_digest(stream)
    key = object_key(job_id, digest, suffix)
    if _exists(key):
        return {"key": key, "digest": digest, "duplicate": True}
    s3.upload_fileobj(
        stream,
        settings.PHOTO_BUCKET,
        key,
        ExtraArgs={"ContentType": "image/jpeg", "Metadata": {"sha256": digest}},
    )
    return {"key": key, "digest": digest, "duplicate": False}
