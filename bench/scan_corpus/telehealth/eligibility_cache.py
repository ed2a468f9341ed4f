"""Disk cache for 271 eligibility responses.

Payer APIs are slow and rate-limited, and a patient usually books, cancels
and rebooks within the same day.  Responses are cached per (payer, member,
date of service) for a few hours on the shared scratch volume so that all
gunicorn workers and the nightly reconciliation job can reuse them.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

CACHE_DIR = Path(os.environ.get("ELIG_CACHE_DIR", "/var/cache/telehealth/eligibility"))
TTL_SECONDS = 4 * 3600
CACHE_FILE_MODE = 0o666


def _key_path(payer_id: str, member_id: str, dos: str) -> Path:
    digest = hashlib.sha256(f"{payer_id}|{member_id}|{dos}".encode()).hexdigest()
    return CACHE_DIR / digest[:2] / f"{digest}.json"


def get(payer_id: str, member_id: str, dos: str) -> dict | None:
    path = _key_path(payer_id, member_id, dos)
    try:
        if time.time() - path.stat().st_mtime > TTL_SECONDS:
            path.unlink(missing_ok=True)
            return None
        return json.loads(path.read_text())
    except FileNotFoundError:
        return None
    except json.JSONDecodeError:
        path.unlink(missing_ok=True)
        return None


def put(payer_id: str, member_id: str, dos: str, response: dict) -> None:
    path = _key_path(payer_id, member_id, dos)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(response, separators=(",", ":")))
    # Workers run under different service accounts; keep the file usable by all of them.
    os.chmod(tmp, CACHE_FILE_MODE)
    os.replace(tmp, path)


def purge_expired() -> int:
    removed = 0
    now = time.time()
    for p in CACHE_DIR.glob("*/*.json"):
        if now - p.stat().st_mtime > TTL_SECONDS:
            p.unlink(missing_ok=True)
            removed += 1
    return removed
