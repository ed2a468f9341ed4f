"""Keeps the public product data sheets in sync with the website CDN bucket.

Data sheets (diameter, construction, minimum break load, elongation) are
generated from the product master each night; a sheet is uploaded only when
its contents differ from the copy already published.
"""
import hashlib
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

BUCKET = "ropewalk-public-datasheets"
PREFIX = "datasheets/"


def local_md5(path: Path) -> str:
    h = hashlib.md5()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def remote_etag(s3, key: str) -> str | None:
    try:
        head = s3.head_object(Bucket=BUCKET, Key=key)
    except ClientError:
        return None
    return head["ETag"].strip('"')


def publish_datasheets(sheet_dir: Path) -> list[str]:
    s3 = boto3.client("s3")
    uploaded = []
    for sheet in sorted(sheet_dir.glob("*.pdf")):
        key = PREFIX + sheet.name
        if remote_etag(s3, key) == local_md5(sheet):
            continue
        s3.upload_file(
            str(sheet),
            BUCKET,
            key,
            ExtraArgs={"ContentType": "application/pdf", "CacheControl": "public, max-age=3600"},
        )
        uploaded.append(key)
    return uploaded
