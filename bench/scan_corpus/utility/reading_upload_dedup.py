"""Detect duplicate customer meter-reading uploads before they reach validation.

Customers often submit the same CSV from the app twice; the content digest
is only used as a lookup key into Redis.
"""
import csv
import datetime as dt
import hashlib
import io
from dataclasses import dataclass

from redis import Redis

DEDUP_TTL = dt.timedelta(days=7)


@dataclass(frozen=True)
class UploadOutcome:
    digest: str
    duplicate: bool
    rows: int


def content_digest(data: bytes) -> str:
    normalised = data.replace(b"\r\n", b"\n").strip()
    return hashlib.md5(normalised, usedforsecurity=False).hexdigest()


def count_rows(data: bytes) -> int:
    return sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8-sig")))) - 1


def register_upload(redis: Redis, account_number: str, data: bytes) -> UploadOutcome:
    digest = content_digest(data)
    key = f"reading-upload:{account_number}:{digest}"
    first_time = redis.set(key, dt.datetime.now(dt.timezone.utc).isoformat(), nx=True,
                           ex=int(DEDUP_TTL.total_seconds()))
    return UploadOutcome(digest=digest, duplicate=not first_time, rows=max(count_rows(data), 0))
