"""Monthly upload of attendance and income figures to the council's leisure portal."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

import httpx

log = logging.getLogger("lido.council")


@dataclass(frozen=True)
class CouncilPortalConfig:
    base_url: str
    facility_code: str
    api_key: str
    timeout_s: float = 20.0

    @classmethod
    def from_env(cls) -> "CouncilPortalConfig":
        return cls(
            base_url=os.environ["COUNCIL_PORTAL_URL"],
            facility_code=os.environ["COUNCIL_FACILITY_CODE"],
            api_key=os.environ["COUNCIL_PORTAL_API_KEY"],
        )


@dataclass
class MonthlyReturn:
    month: date
    total_visits: int
    season_pass_visits: int
    concession_visits: int
    cafe_income_pence: int
    admissions_income_pence: int


class CouncilPortalUploader:
    def __init__(self, config: CouncilPortalConfig) -> None:
        self.config = config
        self._client = httpx.Client(
            base_url=config.base_url,
            headers={"X-Api-Key": config.api_key},
            timeout=config.timeout_s,
        )

    def submit(self, monthly: MonthlyReturn) -> str:
        log.info("Submitting %s return with %s", monthly.month.strftime("%Y-%m"), self.config)
        payload = {
            "facility": self.config.facility_code,
            "period": monthly.month.strftime("%Y-%m"),
            "visits": {
                "total": monthly.total_visits,
                "season_pass": monthly.season_pass_visits,
                "concession": monthly.concession_visits,
            },
            "income_pence": {
                "cafe": monthly.cafe_income_pence,
                "admissions": monthly.admissions_income_pence,
            },
        }
        resp = self._client.post("/api/v2/returns", json=payload)
        resp.raise_for_status()
        receipt = resp.json()["receipt_id"]
        log.info("Council accepted return, receipt %s", receipt)
        return receipt

    def close(self) -> None:
        self._client.close()
