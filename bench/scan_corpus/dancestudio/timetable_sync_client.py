"""Pushes the weekly class timetable to the third-party booking marketplace."""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Dict, List

import httpx


@dataclass
class PublishedClass:
    external_id: str
    studio_code: str
    title: str
    style: str
    starts_at: str
    duration_min: int
    capacity: int


class MarketplaceCredentials:
    token_var = "MARKETPLACE_API_TOKEN"
    partner_var = "MARKETPLACE_PARTNER_ID"

    @classmethod
    def headers(cls) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {os.environ[cls.token_var]}",
            "X-Partner-Id": os.environ[cls.partner_var],
        }


class TimetableSyncClient:
    base_url = os.environ.get("MARKETPLACE_API_URL", "")

    def __init__(self, credentials: type[MarketplaceCredentials] = MarketplaceCredentials) -> None:
        self._client = httpx.Client(
            base_url=self.base_url, headers=credentials.headers(), timeout=httpx.Timeout(15.0)
        )

    def upsert(self, classes: List[PublishedClass]) -> Dict[str, int]:
        resp = self._client.put("/listings/bulk", json={"listings": [asdict(c) for c in classes]})
        resp.raise_for_status()
        body = resp.json()
        return {"created": body.get("created", 0), "updated": body.get("updated", 0)}

    def withdraw(self, external_ids: List[str]) -> int:
        resp = self._client.post("/listings/withdraw", json={"ids": external_ids})
        resp.raise_for_status()
        return resp.json().get("withdrawn", 0)

    def close(self) -> None:
        self._client.close()


def sync_week(rows: List[dict]) -> Dict[str, int]:
    classes = [
        PublishedClass(
            external_id=f"{r['studio_code']}-{r['class_id']}",
            studio_code=r["studio_code"],
            title=r["title"],
            style=r["style"],
            starts_at=r["starts_at"],
            duration_min=r["duration_min"],
            capacity=r["capacity"],
        )
        for r in rows
    ]
    client = TimetableSyncClient()
    try:
        return client.upsert(classes)
    finally:
        client.close()
