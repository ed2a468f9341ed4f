"""Builds the weekly feed order CSV and uploads it to the merchant's bucket.

The merchant collects orders from an S3 bucket every Monday morning; the file
is built locally in a private temporary file and then uploaded.
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from typing import Iterable

import boto3


@dataclass
class OrderLine:
    product_code: str
    description: str
    quantity: int
    deliver_to: str


def write_order_csv(lines: Iterable[OrderLine], handle) -> int:
    writer = csv.writer(handle)
    writer.writerow(["product_code", "description", "quantity", "deliver_to"])
    count = 0
    for line in lines:
        writer.writerow([line.product_code, line.description, line.quantity, line.deliver_to])
        count += 1
    return count


class WeeklyOrderUploader:
    def __init__(self, bucket: str | None = None, prefix: str = "orders/") -> None:
        self._bucket = bucket or os.environ["FEED_ORDER_BUCKET"]
        self._prefix = prefix
        self._s3 = boto3.client("s3")

    def key_for(self, week_of: date) -> str:
        return f"{self._prefix}{week_of:%G-W%V}.csv"

    def upload(self, lines: Iterable[OrderLine], week_of: date) -> str:
        fd, path = tempfile.mkstemp(prefix="feed-order-", suffix=".csv")
        try:
            with os.fdopen(fd, "w", newline="", encoding="utf-8") as handle:
                count = write_order_csv(lines, handle)
            key = self.key_for(week_of)
            self._s3.upload_file(
                path,
                self._bucket,
                key,
                ExtraArgs={"ServerSideEncryption": "aws:kms", "Metadata": {"lines": str(count)}},
            )
            return key
        finally:
            os.unlink(path)
