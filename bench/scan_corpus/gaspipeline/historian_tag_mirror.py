"""Mirror recent historian tag snapshots into the analytics warehouse staging bucket."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone

import boto3
import requests

log = logging.getLogger("historian.mirror")


@dataclass(frozen=True)
class MirrorSettings:
    historian_url: str
    ca_bundle: str
    bucket: str
    prefix: str = "historian/snapshots"

    @classmethod
    def from_env(cls) -> "MirrorSettings":
        return cls(
            historian_url=os.environ["HISTORIAN_BASE_URL"].rstrip("/"),
            ca_bundle=os.environ.get("HISTORIAN_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
            bucket=os.environ["ANALYTICS_STAGING_BUCKET"],
        )


def fetch_snapshot(settings: MirrorSettings, tag_filter: str) -> list[dict]:
    resp = requests.get(
        f"{settings.historian_url}/search/query",
        params={"q": f"name:{tag_filter}", "fields": "name;value;timestamp"},
        verify=settings.ca_bundle,
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json().get("Items", [])


def mirror(tag_filter: str = "CS*.Pressure*") -> str:
    settings = MirrorSettings.from_env()
    items = fetch_snapshot(settings, tag_filter)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    key = f"{settings.prefix}/{stamp}.json"
    boto3.client("s3").put_object(
        Bucket=settings.bucket,
        Key=key,
        Body=json.dumps(items).encode(),
        ContentType="application/json",
        ServerSideEncryption="aws:kms",
    )
    log.info("mirrored %d tags to s3://%s/%s", len(items), settings.bucket, key)
    return key


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    mirror()
