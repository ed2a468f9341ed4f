"""Nightly sync of deceased-pet referrals from partner veterinary practice systems."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Iterator

import httpx

log = logging.getLogger("partner_sync")


@dataclass(frozen=True)
class PartnerApiConfig:
    clinic_code: str
    base_url: str
    api_key: str
    page_size: int = 100
    timeout_s: float = 20.0


class PartnerVetSyncClient:
    def __init__(self, config: PartnerApiConfig):
        self.config = config
        self._client = httpx.Client(
            base_url=config.base_url,
            headers={"X-Api-Key": config.api_key, "Accept": "application/json"},
            timeout=config.timeout_s,
        )

    def referrals_since(self, since: datetime) -> Iterator[dict]:
        cursor = None
        while True:
            params = {"updated_since": since.isoformat(), "limit": self.config.page_size}
            if cursor:
                params["cursor"] = cursor
            resp = self._client.get("/v2/cremation-referrals", params=params)
            resp.raise_for_status()
            body = resp.json()
            yield from body.get("items", [])
            cursor = body.get("next_cursor")
            if not cursor:
                break

    def close(self) -> None:
        self._client.close()


def run_nightly_sync(configs: list[PartnerApiConfig], store) -> int:
    since = datetime.now(timezone.utc) - timedelta(days=1)
    imported = 0
    for config in configs:
        log.info("syncing referrals using %s", config)
        client = PartnerVetSyncClient(config)
        try:
            for referral in client.referrals_since(since):
                store.upsert_referral(config.clinic_code, referral)
                imported += 1
        except httpx.HTTPError as exc:
            log.error("sync failed for clinic %s: %s", config.clinic_code, exc)
        finally:
            client.close()
    log.info("imported %d referrals from %d clinics", imported, len(configs))
    return imported
