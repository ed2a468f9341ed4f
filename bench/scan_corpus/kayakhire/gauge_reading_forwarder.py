"""Lambda that forwards new river-level readings from S3 to the ingest service."""

from __future__ import annotations

import csv
import io
import json
import os
import urllib.parse
import urllib.request

import boto3

s3 = boto3.client("s3")


def _readings_from(bucket: str, key: str) -> list[dict]:
    obj = s3.get_object(Bucket=bucket, Key=key)
    text = obj["Body"].read().decode("utf-8")
    rows = csv.DictReader(io.StringIO(text))
    return [
        {"station": r["station"], "level_m": float(r["level_m"]), "observed_at": r["observed_at"]}
        for r in rows
    ]


def _post(readings: list[dict]) -> int:
    request = urllib.request.Request(
        os.environ["INGEST_ENDPOINT"],
        data=json.dumps({"readings": readings}).encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=int(os.environ.get("INGEST_TIMEOUT", "10"))) as resp:
        return resp.status


def handler(event: dict, context) -> dict:
    forwarded = 0
    for record in event.get("Records", []):
        bucket = record["s3"]["bucket"]["name"]
        key = urllib.parse.unquote_plus(record["s3"]["object"]["key"])
        if not key.endswith(".csv"):
            continue
        readings = _readings_from(bucket, key)
        if readings:
            _post(readings)
            forwarded += len(readings)
    return {"forwarded": forwarded}
