"""Publish signed locker controller firmware builds to the release bucket."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import boto3
from botocore.config import Config

RELEASE_SETTINGS = {
    "bucket": "lockerfw-releases-eu",
    "prefix": "controllers/lc400",
    "region": "eu-central-1",
    "credentials": {
        "aws_access_key_id": "AKIAQ4XV7LPD3NR2K6TW",
        "aws_secret_access_key": "tV8m2Rk9qLx4Zc7Wn1Pb6Jd3Hs0Gf5Ye2Ua8Mi4",
    },
}


def _s3_client(settings: dict):
    return boto3.client(
        "s3",
        region_name=settings["region"],
        config=Config(retries={"max_attempts": 5, "mode": "standard"}),
        **settings["credentials"],
    )


def _manifest_for(build: Path, version: str) -> dict:
    digest = hashlib.sha256(build.read_bytes()).hexdigest()
    return {"version": version, "file": build.name, "sha256": digest, "size": build.stat().st_size}


def publish(build: Path, version: str, settings: dict = RELEASE_SETTINGS) -> str:
    s3 = _s3_client(settings)
    key_base = f"{settings['prefix']}/{version}"
    s3.upload_file(str(build), settings["bucket"], f"{key_base}/{build.name}")
    manifest = _manifest_for(build, version)
    s3.put_object(
        Bucket=settings["bucket"],
        Key=f"{key_base}/manifest.json",
        Body=json.dumps(manifest, indent=2).encode(),
        ContentType="application/json",
    )
    return f"s3://{settings['bucket']}/{key_base}/"


if __name__ == "__main__":
    import sys

    print(publish(Path(sys.argv[1]), sys.argv[2]))
