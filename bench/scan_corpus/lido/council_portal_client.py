"""Client for the council leisure portal: monthly attendance and income returns."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date

import httpx

log = logging.getLogger("lido.council")


@dataclass(frozen=True)
class PortalSettings:
    base_url: str
    facility_code: str
    api_key: str = field(repr=False)
    timeout_s: float = 20.0

    @classmethod
    def from_env(cls) -> "PortalSettings":
        return cls(
            base_url=os.environ["COUNCIL_PORTAL_URL"],
            facility_code=os.environ["COUNCIL_FACILITY_CODE"],
            api_key=os.environ["COUNCIL_PORTAL_API_KEY"],
        )


@dataclass
class MonthlyFigures:
    month: date
    total_visits: int
    season_pass_visits: int
    concession_visits: int
    cafe_income_pence: int
    admissions_income_pence: int

    def as_payload(self, facility_code: str) -> dict:
        return {
            "facility": facility_code,
            "period": self.month.strftime("%Y-%m"),
            "visits": {
                "total": self.total_visits,
                "season_pass": self.season_pass_visits,
                "concession": self.concession_visits,
            },
            "income_pence": {
                "cafe": self.cafe_income_pence,
                "admissions": self.admissions_income_pence,
            },
        }


class CouncilPortalClient:
    def __init__(self, settings: PortalSettings) -> None:
        self.settings = settings
        self._http = httpx.Client(
            base_url=settings.base_url,
            headers={"X-Api-Key": settings.api_key},
            timeout=settings.timeout_s,
        )

    def submit(self, figures: MonthlyFigures) -> str:
        log.info("Submitting %s return with %s", figures.month.strftime("%Y-%m"), self.settings)
        resp = self._http.post(
            "/api/v2/returns", json=figures.as_payload(self.settings.facility_code)
        )
        resp.raise_for_status()
        receipt = resp.json()["receipt_id"]
        log.info("Council accepted return, receipt %s", receipt)
        return receipt

    def close(self) -> None:
        self._http.close()
