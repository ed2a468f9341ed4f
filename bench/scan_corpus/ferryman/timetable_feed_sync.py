"""Sync of the published river timetable into the ticketing system.

The river authority publishes the combined timetable for all licensed
operators as a public JSON feed. We poll it every few minutes and only
reload our sailings table when the feed version has moved on.
"""
import hashlib
import logging
import os
from dataclasses import dataclass

import httpx
import psycopg

log = logging.getLogger("timetable.sync")

FEED_URL = os.environ.get("TIMETABLE_FEED_URL", "https://data.riverauthority.example/timetable/v2.json")
OPERATOR_CODE = os.environ.get("OPERATOR_CODE", "FMN")


@dataclass
class FeedState:
    etag: str | None = None
    version: str | None = None
    body_sha256: str | None = None


def fetch_feed(state: FeedState) -> tuple[dict | None, FeedState]:
    headers = {"If-None-Match": state.etag} if state.etag else {}
    resp = httpx.get(FEED_URL, headers=headers, timeout=20.0)
    if resp.status_code == 304:
        return None, state
    resp.raise_for_status()
    digest = hashlib.sha256(resp.content).hexdigest()
    doc = resp.json()
    new_state = FeedState(resp.headers.get("ETag"), doc.get("version"), digest)
    if new_state.version == state.version and new_state.body_sha256 == state.body_sha256:
        return None, new_state
    return doc, new_state


def reload_sailings(doc: dict) -> int:
    ours = [s for s in doc.get("sailings", []) if s.get("operator") == OPERATOR_CODE]
    with psycopg.connect(os.environ["TICKETING_DSN"]) as conn:
        conn.execute("DELETE FROM published_sailings WHERE feed_version <> %s", (doc["version"],))
        for s in ours:
            conn.execute(
                "INSERT INTO published_sailings (sailing_id, route_code, departs_at, feed_version) "
                "VALUES (%s, %s, %s, %s) ON CONFLICT (sailing_id) DO UPDATE "
                "SET departs_at = EXCLUDED.departs_at, feed_version = EXCLUDED.feed_version",
                (s["id"], s["route"], s["departs"], doc["version"]),
            )
    return len(ours)


def sync_once(state: FeedState) -> FeedState:
    doc, new_state = fetch_feed(state)
    if doc is not None:
        count = reload_sailings(doc)
        log.info("timetable %s loaded, %d sailings for %s", new_state.version, count, OPERATOR_CODE)
    return new_state
