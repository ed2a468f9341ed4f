"""Checksums for handheld sync batches.

Handhelds upload inspection batches as gzipped JSON. The server recomputes a
SHA-256 digest of each body so that it can drop duplicate uploads when a
flaky GSM-R link makes the handheld retry a batch that already landed.
"""
import gzip
import hashlib
import json
from typing import Any

from wheeltapper.config import settings
from wheeltapper.storage import redis_client

DEDUP_TTL_SECONDS = settings.SYNC_DEDUP_TTL


def canonical_body(batch: dict[str, Any]) -> bytes:
    return json.dumps(batch, sort_keys=True, separators=(",", ":")).encode("utf-8")


def hash_payload(raw: bytes) -> str:
    body = gzip.decompress(raw)
    return hashlib.sha256(body).hexdigest()


def batch_digest(batch: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_body(batch)).hexdigest()


def is_duplicate(device_serial: str, raw: bytes) -> bool:
    digest = hash_payload(raw)
    key = f"sync:seen:{device_serial}:{digest}"
    added = redis_client.set(key, "1", nx=True, ex=DEDUP_TTL_SECONDS)
    return not added


def summarise(batch: dict[str, Any]) -> dict[str, Any]:
    records = batch.get("records", [])
    return {
        "device": batch.get("device_serial"),
        "records": len(records),
        "wheelsets": sorted({r["wheelset_id"] for r in records if "wheelset_id" in r}),
        "digest": batch_digest(batch),
    }
