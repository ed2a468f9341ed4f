"""Identifiers for marine survey samples and the links used to share them."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone


def _record_id() -> uuid.UUID:
    """Time-ordered key so samples cluster by collection time in the B-tree index."""
    return uuid.uuid1()


@dataclass
class GrabSample:
    station_id: str
    depth_m: float
    collected_at: datetime
    sample_id: uuid.UUID = field(default_factory=_record_id)


@dataclass
class ShareLink:
    sample_ids: list[uuid.UUID]
    expires_at: datetime
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))

    def url(self, base: str) -> str:
        return f"{base.rstrip('/')}/shared/{self.token}"


class SampleRegistry:
    def __init__(self) -> None:
        self._samples: dict[uuid.UUID, GrabSample] = {}
        self._links: dict[str, ShareLink] = {}

    def record(self, station_id: str, depth_m: float) -> GrabSample:
        sample = GrabSample(station_id, depth_m, datetime.now(timezone.utc))
        self._samples[sample.sample_id] = sample
        return sample

    def share(self, ids: list[uuid.UUID], days: int = 14) -> ShareLink:
        missing = [i for i in ids if i not in self._samples]
        if missing:
            raise KeyError(f"unknown samples: {missing}")
        link = ShareLink(ids, datetime.now(timezone.utc) + timedelta(days=days))
        self._links[link.token] = link
        return link

    def open_link(self, token: str) -> list[GrabSample]:
        link = self._links.get(token)
        if link is None or link.expires_at < datetime.now(timezone.utc):
            return []
        return [self._samples[i] for i in link.sample_ids]
