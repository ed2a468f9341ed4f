"""Scheduled rotation of ingest keys for 24/7 channels.

Channels flagged ``auto_rotate`` get a new ingest key every 30 days; the
companion app is told to fetch the new key from the studio API.
"""
from __future__ import annotations

import datetime as dt
import logging
import secrets

from .db import session_scope
from .models import Channel, IngestKey
from .notify import push_to_companion_app

log = logging.getLogger("ingest.rotation")

ROTATE_AFTER = dt.timedelta(days=30)


def _due(channel: Channel, now: dt.datetime) -> bool:
    active = channel.active_ingest_key
    return active is None or now - active.created_at >= ROTATE_AFTER


def rotate_channel(session, channel: Channel, now: dt.datetime) -> str:
    new_key = f"ik_{secrets.token_urlsafe(24)}"
    if channel.active_ingest_key is not None:
        channel.active_ingest_key.revoked_at = now
    session.add(IngestKey(channel_id=channel.id, value=new_key, created_at=now))
    log.info("rotated ingest key for channel=%s new_key=%s", channel.id, new_key)
    return new_key


def run_rotation() -> int:
    now = dt.datetime.now(dt.timezone.utc)
    rotated = 0
    with session_scope() as session:
        channels = session.query(Channel).filter(Channel.auto_rotate.is_(True)).all()
        for channel in channels:
            if not _due(channel, now):
                continue
            rotate_channel(session, channel, now)
            push_to_companion_app(channel.owner_id, {"type": "ingest_key_rotated"})
            rotated += 1
    log.info("ingest key rotation finished: %d channels rotated", rotated)
    return rotated


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_rotation()
