"""Push daily sales and liability figures to the gaming regulator's feed.

The regulator issues its own private CA; both server and client
certificates on the reporting link are signed by it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class RegulatorLink:
    base_url: str
    ca_bundle: str
    client_cert: str
    client_key: str

    @classmethod
    def from_env(cls) -> "RegulatorLink":
        return cls(
            base_url=os.environ["REGULATOR_FEED_URL"],
            ca_bundle=os.environ.get("REGULATOR_CA_BUNDLE", "/etc/lottery/pki/regulator-ca.pem"),
            client_cert=os.environ["REGULATOR_CLIENT_CERT"],
            client_key=os.environ["REGULATOR_CLIENT_KEY"],
        )


def _session_for(link: RegulatorLink) -> requests.Session:
    session = requests.Session()
    session.verify = link.ca_bundle
    session.cert = (link.client_cert, link.client_key)
    retry = Retry(total=4, backoff_factor=2, status_forcelist=(502, 503, 504), allowed_methods=None)
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


class RegulatorFeed:
    def __init__(self, link: RegulatorLink | None = None) -> None:
        self._link = link or RegulatorLink.from_env()
        self._session = _session_for(self._link)

    def submit_daily(self, business_day: date, sales_cents: int, prize_liability_cents: int,
                     unclaimed_cents: int) -> dict[str, Any]:
        payload = {
            "business_day": business_day.isoformat(),
            "gross_sales": sales_cents,
            "prize_liability": prize_liability_cents,
            "unclaimed_prizes": unclaimed_cents,
        }
        response = self._session.post(f"{self._link.base_url}/v1/daily-returns", json=payload, timeout=30)
        response.raise_for_status()
        return response.json()
