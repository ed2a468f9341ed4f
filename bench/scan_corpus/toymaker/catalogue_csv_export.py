"""Exports the wholesale catalogue (SKU, trade price, CE marking, age grade) as CSV for retailers."""

import csv
import os
import tempfile
from datetime import date

import boto3

from toyshop.catalogue import trade_catalogue
from toyshop.config import settings

COLUMNS = ["sku", "name", "trade_price", "rrp", "min_age_months", "ce_marked", "ukca_marked", "pack_size"]


def _write_rows(handle) -> int:
    writer = csv.DictWriter(handle, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for item in trade_catalogue():
        writer.writerow(item.as_dict())
        count += 1
    return count


def export_catalogue(bucket: str = settings.exports_bucket) -> str:
    key = f"catalogue/trade-catalogue-{date.today():%Y-%m-%d}.csv"
    with tempfile.NamedTemporaryFile(
        mode="w", newline="", encoding="utf-8", prefix="trade-catalogue-", suffix=".csv", delete=False
    ) as handle:
        rows = _write_rows(handle)
        scratch = handle.name
    try:
        boto3.client("s3").upload_file(scratch, bucket, key, ExtraArgs={"ContentType": "text/csv"})
    finally:
        os.unlink(scratch)
    if rows == 0:
        raise RuntimeError("trade catalogue export was empty")
    return key


def presigned_download(key: str, bucket: str = settings.exports_bucket, expires: int = 3600) -> str:
    return boto3.client("s3").generate_presigned_url(
        "get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=expires
    )
