"""Publish build provenance (commit, pipeline, image digest) to the release catalog."""
from __future__ import annotations

import datetime as dt
import os
import sys

import requests

CATALOG_URL = os.environ["RELEASE_CATALOG_URL"]
# Only CI variables that describe the build itself; nothing credential-bearing.
PROVENANCE_VARS = (
    "CI_COMMIT_SHA",
    "CI_COMMIT_REF_NAME",
    "CI_PIPELINE_ID",
    "CI_JOB_ID",
    "CI_PROJECT_PATH",
    "CI_RUNNER_DESCRIPTION",
)


def provenance() -> dict[str, str | None]:
    return {name.lower(): os.environ.get(name) for name in PROVENANCE_VARS}


def publish(image: str, digest: str) -> dict:
    record = {
        "image": image,
        "digest": digest,
        "built_at": dt.datetime.now(dt.timezone.utc).isoformat(),
        "provenance": provenance(),
    }
    resp = requests.post(
        f"{CATALOG_URL}/v1/builds",
        json=record,
        headers={"Authorization": f"Bearer {os.environ['RELEASE_CATALOG_TOKEN']}"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: build_metadata_publisher.py IMAGE DIGEST")
    print(publish(sys.argv[1], sys.argv[2])["id"])
