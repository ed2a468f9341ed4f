"""Nightly job: download the federation's public rating list if it has changed.

The list is published as a plain file; the job keeps the ETag of the last
download and only re-imports when the server reports a new version.
"""
from __future__ import annotations

import csv
import io
import json
import logging
import os
from pathlib import Path

import requests

log = logging.getLogger("ratings.sync")

STATE_FILE = Path(os.environ.get("RATING_SYNC_STATE", "/var/lib/chessclub/rating_sync.json"))
LIST_URL = os.environ.get("FEDERATION_RATING_LIST_URL", "")


def load_state() -> dict:
    if STATE_FILE.exists():
        return json.loads(STATE_FILE.read_text())
    return {}


def save_state(state: dict) -> None:
    STATE_FILE.parent.mkdir(parents=True, exist_ok=True)
    STATE_FILE.write_text(json.dumps(state))


def fetch_if_changed(session: requests.Session, state: dict) -> tuple[str | None, str | None]:
    head = session.head(LIST_URL, timeout=20, allow_redirects=True)
    head.raise_for_status()
    etag = head.headers.get("ETag")
    if etag is not None and etag == state.get("etag"):
        return None, etag
    resp = session.get(LIST_URL, timeout=120)
    resp.raise_for_status()
    return resp.text, resp.headers.get("ETag", etag)


def reconcile(rows: list[dict], members: dict[int, int]) -> dict[int, int]:
    """Return member_id -> new standard rating for club members found in the list."""
    updates = {}
    for row in rows:
        fide_id = int(row["ID_NUMBER"])
        if fide_id in members and row.get("RATING"):
            updates[members[fide_id]] = int(row["RATING"])
    return updates


def run(member_lookup: dict[int, int], apply_updates) -> int:
    if not LIST_URL:
        raise RuntimeError("FEDERATION_RATING_LIST_URL is not set")
    state = load_state()
    with requests.Session() as session:
        body, etag = fetch_if_changed(session, state)
    if body is None:
        log.info("rating list unchanged (ETag %s)", etag)
        return 0
    rows = list(csv.DictReader(io.StringIO(body)))
    updates = reconcile(rows, member_lookup)
    apply_updates(updates)
    save_state({"etag": etag, "rows": len(rows)})
    log.info("imported %d ratings for club members from %d rows", len(updates), len(rows))
    return len(updates)
