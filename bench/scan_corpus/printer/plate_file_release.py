"""Release imposed plate files from prepress storage to the CTP share.

The platesetter pulls TIFFs from a mounted share. Before a plate file is
released, the downloaded copy is checked against the ETag S3 reports for it.
"""
import hashlib
import shutil
from pathlib import Path

import boto3

from printshop.config import settings

s3 = boto3.client("s3")


class PlateTransferError(RuntimeError):
    pass


def _local_md5(path: Path) -> str:
    h = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _plate_objects(job_number: str) -> list[dict]:
    listing = s3.list_objects_v2(Bucket=settings.PREPRESS_BUCKET, Prefix=f"plates/{job_number}/")
    return sorted(listing.get("Contents", []), key=lambda o: o["Key"])


def release_plates(job_number: str, staging: Path) -> list[Path]:
    released = []
    share = Path(settings.CTP_SHARE)
    for index, obj in enumerate(_plate_objects(job_number)):
        etag = obj["ETag"].strip('"')
        target = staging / f"{job_number}_{index:02d}.tif"
        s3.download_file(settings.PREPRESS_BUCKET, obj["Key"], str(target))
        if _local_md5(target) != etag:
            target.unlink(missing_ok=True)
            raise PlateTransferError(f"checksum mismatch for {obj['Key']}")
        shutil.copy2(target, share / target.name)
        released.append(share / target.name)
    return released
