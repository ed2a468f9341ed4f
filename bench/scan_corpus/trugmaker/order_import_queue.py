"""Imports bulk orders that stockists drop into the shared S3 bucket.

Larger retailers send their seasonal orders as a YAML document listing
trug sizes, quantities and any engraving lines. A worker polls the
inbox prefix and turns each document into workshop orders.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import boto3
from yaml import Loader
from yaml import load as _load_yaml

log = logging.getLogger("trug.bulk_orders")

BUCKET = os.environ.get("TRUG_INBOX_BUCKET", "trug-retailer-inbox")
INBOX_PREFIX = "bulk-orders/incoming/"
DONE_PREFIX = "bulk-orders/processed/"

VALID_SIZES = {"small", "medium", "large", "log", "flower"}


@dataclass
class OrderLine:
    size: str
    quantity: int
    engraving: str | None = None


@dataclass
class BulkOrder:
    retailer_code: str
    purchase_order: str
    lines: list[OrderLine] = field(default_factory=list)


def parse_document(body: bytes) -> BulkOrder:
    doc = _load_yaml(body, Loader=Loader)
    lines = []
    for raw in doc.get("lines", []):
        size = str(raw["size"]).lower()
        if size not in VALID_SIZES:
            raise ValueError(f"unknown trug size {size!r}")
        lines.append(OrderLine(size=size, quantity=int(raw["quantity"]), engraving=raw.get("engraving")))
    return BulkOrder(
        retailer_code=str(doc["retailer"]),
        purchase_order=str(doc["po_number"]),
        lines=lines,
    )


class BulkOrderWorker:
    def __init__(self, order_service) -> None:
        self._s3 = boto3.client("s3")
        self._orders = order_service

    def poll_once(self) -> int:
        listing = self._s3.list_objects_v2(Bucket=BUCKET, Prefix=INBOX_PREFIX)
        handled = 0
        for obj in listing.get("Contents", []):
            key = obj["Key"]
            body = self._s3.get_object(Bucket=BUCKET, Key=key)["Body"].read()
            try:
                order = parse_document(body)
            except (KeyError, ValueError) as exc:
                log.warning("rejecting %s: %s", key, exc)
                continue
            self._orders.create_bulk(order)
            done_key = DONE_PREFIX + key[len(INBOX_PREFIX):]
            self._s3.copy_object(Bucket=BUCKET, Key=done_key, CopySource={"Bucket": BUCKET, "Key": key})
            self._s3.delete_object(Bucket=BUCKET, Key=key)
            handled += 1
        return handled
