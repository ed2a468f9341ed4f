"""Submits the monthly alcohol duty return for the cider house to the tax authority API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("duty.submission")


@dataclass
class DutyLine:
    product_code: str
    abv: Decimal
    litres: Decimal
    rate_per_litre_of_alcohol: Decimal

    @property
    def duty(self) -> Decimal:
        return (self.litres * self.abv / 100 * self.rate_per_litre_of_alcohol).quantize(
            Decimal("0.01")
        )


class DutyReturnClient:
    def __init__(self, base_url: str | None = None, token: str | None = None) -> None:
        self.base_url = (base_url or os.environ["DUTY_API_BASE_URL"]).rstrip("/")
        self._token = token or os.environ["DUTY_API_TOKEN"]
        self.session = requests.Session()
        self.session.hooks["response"].append(self._trace)

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._token}",
            "Accept": "application/vnd.duty.v2+json",
            "Gov-Client-Connection-Method": "BATCH_PROCESS_DIRECT",
        }

    @staticmethod
    def _trace(response: requests.Response, *args, **kwargs) -> None:
        req = response.request
        log.info("%s %s -> %s headers=%s", req.method, req.url, response.status_code,
                 dict(req.headers))

    def submit(self, registration: str, period: str, lines: list[DutyLine]) -> str:
        body = {
            "periodKey": period,
            "lines": [
                {"productCode": l.product_code, "litres": str(l.litres), "duty": str(l.duty)}
                for l in lines
            ],
            "totalDuty": str(sum((l.duty for l in lines), Decimal("0"))),
        }
        url = f"{self.base_url}/alcohol-duty/{registration}/returns"
        resp = self.session.post(url, json=body, headers=self._headers(), timeout=30)
        resp.raise_for_status()
        return resp.json()["submissionId"]
