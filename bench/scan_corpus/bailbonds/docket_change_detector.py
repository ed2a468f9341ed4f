"""Detect changes in public county docket pages for our open cases.

Some counties have no API, so we fetch the public docket JSON for each case
and compare a digest with the one from the last run to spot new hearings.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)


@dataclass
class DocketSnapshot:
    case_number: str
    digest: str
    etag: str | None


def canonical_digest(docket: dict) -> str:
    canonical = json.dumps(docket, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


class SnapshotStore:
    def __init__(self, path: str):
        self._db = sqlite3.connect(path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS docket_snapshots"
            " (case_number TEXT PRIMARY KEY, digest TEXT NOT NULL, etag TEXT)"
        )

    def get(self, case_number: str) -> DocketSnapshot | None:
        row = self._db.execute(
            "SELECT case_number, digest, etag FROM docket_snapshots WHERE case_number = ?",
            (case_number,),
        ).fetchone()
        return DocketSnapshot(*row) if row else None

    def put(self, snap: DocketSnapshot) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO docket_snapshots (case_number, digest, etag) VALUES (?, ?, ?)",
                (snap.case_number, snap.digest, snap.etag),
            )


def changed_cases(case_numbers: list[str], store: SnapshotStore) -> list[str]:
    base_url = os.environ["PUBLIC_DOCKET_URL"].rstrip("/")
    changed: list[str] = []
    with httpx.Client(timeout=20.0, follow_redirects=True) as client:
        for case_number in case_numbers:
            previous = store.get(case_number)
            headers = {"If-None-Match": previous.etag} if previous and previous.etag else {}
            resp = client.get(f"{base_url}/cases/{case_number}.json", headers=headers)
            if resp.status_code == 304:
                continue
            resp.raise_for_status()
            digest = canonical_digest(resp.json())
            if previous is None or previous.digest != digest:
                changed.append(case_number)
                log.info("docket changed for case %s", case_number)
            store.put(DocketSnapshot(case_number, digest, resp.headers.get("ETag")))
    return changed
