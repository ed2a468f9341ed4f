"""Nightly sync of elevator cash bids from the commodity price aggregator.

The aggregator sits behind the co-op's private PKI, so the client trusts
the co-op CA bundle instead of the system store when one is configured.
"""
import os
from datetime import date
from decimal import Decimal

import httpx

CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(20.0, connect=5.0),
    "verify": os.environ.get("COOP_CA_BUNDLE") or True,
    "follow_redirects": False,
}


class CashBidClient:
    def __init__(self, base_url: str, token: str):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Accept": "application/json", "Authorization": f"Bearer {token}"},
            **CLIENT_OPTIONS,
        )

    def bids(self, location_id: str, day: date) -> list[dict]:
        resp = self._client.get(f"/locations/{location_id}/bids", params={"date": day.isoformat()})
        resp.raise_for_status()
        return [
            {
                "commodity": b["commodity"],
                "delivery": b["deliveryPeriod"],
                "futures_month": b["futuresMonth"],
                "basis": Decimal(str(b["basis"])),
                "cash": Decimal(str(b["cashPrice"])),
            }
            for b in resp.json()["bids"]
        ]

    def close(self) -> None:
        self._client.close()


def sync_all(repo, day: date) -> int:
    client = CashBidClient(os.environ["CASH_BID_API_URL"], os.environ["CASH_BID_API_TOKEN"])
    written = 0
    try:
        for location in repo.elevator_locations():
            rows = client.bids(location.external_id, day)
            written += repo.replace_bids(location.id, day, rows)
    finally:
        client.close()
    return written
