"""Client that submits the brewery's alcohol duty return to the revenue gateway."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GatewaySettings:
    base_url: str = field(default_factory=lambda: os.environ["DUTY_GATEWAY_URL"])
    client_id: str = field(default_factory=lambda: os.environ["DUTY_GATEWAY_CLIENT_ID"])
    client_secret: str = field(default_factory=lambda: os.environ["DUTY_GATEWAY_CLIENT_SECRET"])
    timeout: float = 20.0
    verify_tls: bool = False


@dataclass
class DutyLine:
    tax_type_code: str
    abv: float
    litres_of_pure_alcohol: float


class DutySubmissionClient:
    def __init__(self, settings: GatewaySettings | None = None) -> None:
        self.settings = settings or GatewaySettings()
        self.session = requests.Session()
        self.session.verify = self.settings.verify_tls
        self._token: str | None = None

    def _authenticate(self) -> str:
        resp = self.session.post(
            f"{self.settings.base_url}/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self.settings.client_id,
                "client_secret": self.settings.client_secret,
            },
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        self._token = resp.json()["access_token"]
        return self._token

    def _headers(self) -> dict[str, str]:
        token = self._token or self._authenticate()
        return {"Authorization": f"Bearer {token}", "Accept": "application/json"}

    def submit(self, reference: str, period_end: date, lines: list[DutyLine]) -> str:
        body = {
            "approvalReference": reference,
            "periodEnd": period_end.isoformat(),
            "lines": [
                {"taxTypeCode": l.tax_type_code, "abv": l.abv, "lpa": round(l.litres_of_pure_alcohol, 2)}
                for l in lines
            ],
        }
        resp = self.session.post(
            f"{self.settings.base_url}/alcohol-duty/returns",
            json=body,
            headers=self._headers(),
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        receipt = resp.json()["formBundleNumber"]
        log.info("duty return for %s accepted, receipt %s", period_end, receipt)
        return receipt
