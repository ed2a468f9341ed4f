"""Nightly job: ingest DSP streaming reports into the royalty warehouse.

Reads the per-platform CSV reports the distributor drops in S3 and loads
them into the `stream_facts` table.
"""
from __future__ import annotations

import csv
import io
import logging
import os
from dataclasses import dataclass, field

import boto3
import psycopg

log = logging.getLogger("ingest.streaming")


@dataclass
class IngestSettings:
    bucket: str = field(default_factory=lambda: os.environ["DSP_REPORT_BUCKET"])
    prefix: str = field(default_factory=lambda: os.environ.get("DSP_REPORT_PREFIX", "reports/"))
    db_host: str = field(default_factory=lambda: os.environ["WAREHOUSE_HOST"])
    db_user: str = field(default_factory=lambda: os.environ["WAREHOUSE_USER"])
    db_password: str = field(default_factory=lambda: os.environ["WAREHOUSE_PASSWORD"])
    db_name: str = field(default_factory=lambda: os.environ.get("WAREHOUSE_DB", "royalties"))

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.db_user}:{self.db_password}@{self.db_host}:5432/{self.db_name}"


def report_keys(s3, settings: IngestSettings) -> list[str]:
    paginator = s3.get_paginator("list_objects_v2")
    keys: list[str] = []
    for page in paginator.paginate(Bucket=settings.bucket, Prefix=settings.prefix):
        keys.extend(obj["Key"] for obj in page.get("Contents", []) if obj["Key"].endswith(".csv"))
    return keys


def load_report(conn: psycopg.Connection, key: str, body: bytes) -> int:
    reader = csv.DictReader(io.StringIO(body.decode("utf-8-sig")))
    rows = [
        (key, r["isrc"], r["platform"], r["territory"], int(r["streams"]), r["period"])
        for r in reader
    ]
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO stream_facts (source_key, isrc, platform, territory, streams, period)"
            " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
            rows,
        )
    return len(rows)


def run(settings: IngestSettings | None = None) -> int:
    settings = settings or IngestSettings()
    s3 = boto3.client("s3")
    log.info("starting streaming ingest from s3://%s into %s", settings.bucket, settings.dsn)
    total = 0
    with psycopg.connect(settings.dsn) as conn:
        for key in report_keys(s3, settings):
            body = s3.get_object(Bucket=settings.bucket, Key=key)["Body"].read()
            count = load_report(conn, key, body)
            conn.commit()
            log.info("loaded %d rows from %s", count, key)
            total += count
    log.info("streaming ingest finished: %d rows", total)
    return total


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
