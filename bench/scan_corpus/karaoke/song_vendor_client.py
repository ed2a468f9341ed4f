"""Client for the backing-track vendor's delivery API.

New backing tracks are ordered by ISRC and delivered as signed download URLs.
The vendor API key is read from the environment and sent only to the vendor.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class VendorSettings:
    base_url: str
    api_key: str
    account: str

    @classmethod
    def from_environment(cls) -> "VendorSettings":
        return cls(
            base_url=os.environ["TRACK_VENDOR_URL"].rstrip("/"),
            api_key=os.environ["TRACK_VENDOR_API_KEY"],
            account=os.environ["TRACK_VENDOR_ACCOUNT"],
        )


@dataclass
class TrackOrder:
    order_id: str
    isrc: str
    status: str
    download_url: str | None = None


class BackingTrackVendor:
    def __init__(self, settings: VendorSettings) -> None:
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            headers={"Authorization": f"ApiKey {settings.api_key}"},
            timeout=30,
        )

    def order(self, isrc: str, quality: str = "stems") -> TrackOrder:
        resp = self._client.post(
            f"/accounts/{self._settings.account}/orders",
            json={"isrc": isrc, "quality": quality},
        )
        resp.raise_for_status()
        data = resp.json()
        return TrackOrder(data["id"], isrc, data["status"])

    def poll(self, order: TrackOrder) -> TrackOrder:
        resp = self._client.get(f"/accounts/{self._settings.account}/orders/{order.order_id}")
        resp.raise_for_status()
        data = resp.json()
        order.status = data["status"]
        order.download_url = data.get("download_url")
        return order

    def close(self) -> None:
        self._client.close()
