"""Ingest affiliate partner product feeds.

Partners drop a YAML manifest next to their CSV price file in their SFTP
inbox, which is mirrored to the ``affiliate-inbox`` bucket. The manifest
maps their column names onto ours and sets the currency and commission.
"""
import csv
import io
import logging
import os
from decimal import Decimal

import boto3
import yaml

log = logging.getLogger(__name__)

REQUIRED_COLUMNS = {"hotel_id", "check_in", "nights", "price"}
BUCKET = os.environ.get("AFFILIATE_INBOX_BUCKET", "affiliate-inbox")

s3 = boto3.client("s3")


def load_manifest(body: bytes) -> dict:
    manifest = yaml.load(body, Loader=yaml.Loader)
    missing = REQUIRED_COLUMNS - set(manifest.get("columns", {}))
    if missing:
        raise ValueError(f"manifest missing column mappings: {sorted(missing)}")
    return manifest


def read_prices(body: bytes, manifest: dict) -> list[dict]:
    columns = manifest["columns"]
    reader = csv.DictReader(io.StringIO(body.decode(manifest.get("encoding", "utf-8"))))
    rows = []
    for raw in reader:
        rows.append({
            "hotel_id": raw[columns["hotel_id"]],
            "check_in": raw[columns["check_in"]],
            "nights": int(raw[columns["nights"]]),
            "price": Decimal(raw[columns["price"]]),
            "currency": manifest.get("currency", "EUR"),
        })
    return rows


def ingest(partner: str) -> list[dict]:
    prefix = f"{partner}/incoming/"
    manifest_obj = s3.get_object(Bucket=BUCKET, Key=prefix + "manifest.yaml")
    manifest = load_manifest(manifest_obj["Body"].read())
    prices_obj = s3.get_object(Bucket=BUCKET, Key=prefix + manifest["file"])
    rows = read_prices(prices_obj["Body"].read(), manifest)
    log.info("Partner %s: %d price rows ingested", partner, len(rows))
    return rows
