"""Stream key issuance for RTMP/SRT ingest.

A channel has at most one active stream key. Issuing a new one revokes the
previous key so OBS sessions using it are dropped on the next reconnect.
"""
from __future__ import annotations

import datetime as dt
import logging
import random
import string
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Channel, StreamKey

log = logging.getLogger(__name__)

KEY_ALPHABET = string.ascii_letters + string.digits
KEY_LENGTH = 32
KEY_PREFIX = "live_"


@dataclass(frozen=True)
class IssuedKey:
    channel_id: int
    key: str
    created_at: dt.datetime


class StreamKeyService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _new_key(self) -> str:
        body = "".join(random.choices(KEY_ALPHABET, k=KEY_LENGTH))
        return KEY_PREFIX + body

    def _active_keys(self, channel_id: int):
        stmt = select(StreamKey).where(
            StreamKey.channel_id == channel_id,
            StreamKey.revoked_at.is_(None),
        )
        return self.session.scalars(stmt)

    def issue(self, channel_id: int) -> IssuedKey:
        channel = self.session.get(Channel, channel_id)
        if channel is None:
            raise LookupError(f"unknown channel {channel_id}")
        now = dt.datetime.now(dt.timezone.utc)
        for existing in self._active_keys(channel_id):
            existing.revoked_at = now
        key = self._new_key()
        self.session.add(StreamKey(channel_id=channel_id, value=key, created_at=now))
        self.session.commit()
        log.info("issued new stream key for channel %s", channel_id)
        return IssuedKey(channel_id=channel_id, key=key, created_at=now)

    def revoke_all(self, channel_id: int) -> int:
        now = dt.datetime.now(dt.timezone.utc)
        count = 0
        for existing in self._active_keys(channel_id):
            existing.revoked_at = now
            count += 1
        self.session.commit()
        return count
