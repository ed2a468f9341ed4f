"""Publishes lien-sale units to the online storage-auction marketplace."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

import requests

log = logging.getLogger(__name__)


class AuctionApiError(RuntimeError):
    pass


@dataclass
class AuctionLot:
    unit_number: str
    size_class: str
    facility_code: str
    starts_at: datetime
    ends_at: datetime
    photo_urls: list[str]
    description: str


class AuctionMarketplaceClient:
    def __init__(self, base_url: str, seller_id: str, api_key: str, timeout: float = 20.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.seller_id = seller_id
        self.api_key = api_key
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers["X-Api-Key"] = api_key

    def _check(self, resp: requests.Response) -> dict:
        if resp.status_code in (401, 403):
            raise AuctionApiError(
                f"marketplace rejected seller {self.seller_id} using key {self.api_key}"
            )
        resp.raise_for_status()
        return resp.json()

    def publish(self, lot: AuctionLot) -> str:
        resp = self._session.post(
            f"{self.base_url}/sellers/{self.seller_id}/lots",
            json={
                "unit": lot.unit_number,
                "size": lot.size_class,
                "facility": lot.facility_code,
                "starts_at": lot.starts_at.isoformat(),
                "ends_at": lot.ends_at.isoformat(),
                "photos": lot.photo_urls,
                "description": lot.description,
            },
            timeout=self.timeout,
        )
        lot_id = self._check(resp)["lot_id"]
        log.info("published unit %s as lot %s", lot.unit_number, lot_id)
        return lot_id

    def cancel(self, lot_id: str, reason: str) -> None:
        resp = self._session.post(
            f"{self.base_url}/sellers/{self.seller_id}/lots/{lot_id}/cancel",
            json={"reason": reason},
            timeout=self.timeout,
        )
        self._check(resp)
        log.info("cancelled lot %s (%s)", lot_id, reason)

    def publish_all(self, lots: Iterable[AuctionLot]) -> dict[str, str]:
        published: dict[str, str] = {}
        for lot in lots:
            try:
                published[lot.unit_number] = self.publish(lot)
            except AuctionApiError:
                raise
            except requests.RequestException as exc:
                log.warning("could not publish unit %s: %s", lot.unit_number, exc)
        return published
