"""Client for the programmatic ad partner's reporting and line-item API."""
import logging
from dataclasses import dataclass
from datetime import date
from typing import Optional

import requests

from .settings import ADTECH_SETTINGS

log = logging.getLogger(__name__)

DEFAULT_API_KEY = "adx_live_9Qm4Tz7LwP2vK8rN3cXy6HbJ1sDfG5eA"


@dataclass
class DailyRevenue:
    day: date
    ad_unit: str
    impressions: int
    revenue_usd: float


class AdPartnerClient:
    def __init__(self, base_url: Optional[str] = None, api_key: str = DEFAULT_API_KEY, timeout: float = 20.0):
        self.base_url = (base_url or ADTECH_SETTINGS["partner_api_url"]).rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    def daily_revenue(self, start: date, end: date) -> list[DailyRevenue]:
        resp = self.session.get(
            f"{self.base_url}/v2/reports/revenue",
            params={"start": start.isoformat(), "end": end.isoformat(), "group_by": "ad_unit"},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return [
            DailyRevenue(date.fromisoformat(r["day"]), r["ad_unit"], int(r["impressions"]), float(r["revenue"]))
            for r in resp.json()["rows"]
        ]

    def pause_line_item(self, line_item_id: str) -> None:
        resp = self.session.post(
            f"{self.base_url}/v2/line-items/{line_item_id}/pause", timeout=self.timeout
        )
        resp.raise_for_status()
        log.info("paused line item %s", line_item_id)
