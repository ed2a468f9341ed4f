"""Shareable preview links for catalog datasets.

A link shows a random sample of rows so reviewers outside the team can look
at the data shape without warehouse access.
"""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

PREVIEW_ROWS = 50
LINK_TTL = timedelta(days=7)


@dataclass
class ShareLink:
    dataset_id: int
    token: str
    expires_at: datetime
    sample_seed: int


class ShareLinkService:
    def __init__(self, repository, warehouse):
        self._repo = repository
        self._warehouse = warehouse

    def create(self, dataset_id: int, created_by: str) -> ShareLink:
        link = ShareLink(
            dataset_id=dataset_id,
            token=secrets.token_urlsafe(32),
            expires_at=datetime.now(timezone.utc) + LINK_TTL,
            sample_seed=dataset_id,
        )
        self._repo.save_link(link, created_by=created_by)
        return link

    def preview_rows(self, link: ShareLink) -> list[dict]:
        rows = self._warehouse.head(link.dataset_id, limit=5000)
        # same seed per dataset so every reviewer sees the same sample
        rng = random.Random(link.sample_seed)
        return rng.sample(rows, k=min(PREVIEW_ROWS, len(rows)))

    def resolve(self, token: str) -> ShareLink | None:
        link = self._repo.find_link(token)
        if link is None or link.expires_at < datetime.now(timezone.utc):
            return None
        return link
