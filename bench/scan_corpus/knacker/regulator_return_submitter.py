"""Submits the monthly fallen-stock return to the regulator's API."""
import logging
from dataclasses import dataclass

import requests

from knacker.config import settings

logger = logging.getLogger("knacker.regulator")


@dataclass
class RegulatorCredentials:
    client_id: str
    client_secret: str
    token_url: str


class ReturnSubmitter:
    def __init__(self, creds: RegulatorCredentials, api_base: str):
        self.creds = creds
        self.api_base = api_base.rstrip("/")
        self.session = requests.Session()

    def _access_token(self) -> str:
        resp = self.session.post(
            self.creds.token_url,
            data={"grant_type": "client_credentials", "scope": "returns.write"},
            auth=(self.creds.client_id, self.creds.client_secret),
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["access_token"]

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._access_token()}",
            "Content-Type": "application/json",
            "X-Operator-Licence": settings.OPERATOR_LICENCE_NO,
        }

    def submit(self, period: str, rows: list[dict]) -> str:
        headers = self._headers()
        logger.info("submitting %d rows for %s with headers %s", len(rows), period, headers)
        resp = self.session.post(
            f"{self.api_base}/returns/{period}",
            json={"period": period, "collections": rows},
            headers=headers,
            timeout=60,
        )
        resp.raise_for_status()
        receipt = resp.json()["receipt_id"]
        logger.info("return %s accepted, receipt %s", period, receipt)
        return receipt


def build_submitter() -> ReturnSubmitter:
    creds = RegulatorCredentials(
        client_id=settings.REGULATOR_CLIENT_ID,
        client_secret=settings.REGULATOR_CLIENT_SECRET,
        token_url=settings.REGULATOR_TOKEN_URL,
    )
    return ReturnSubmitter(creds, settings.REGULATOR_API_BASE)
