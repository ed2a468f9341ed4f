"""Upload daily register reads to the market settlement operator's API."""
from __future__ import annotations

import logging
import os
from datetime import date, datetime, timezone

import requests

log = logging.getLogger(__name__)


class SettlementClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str):
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self._client_secret = client_secret
        self._token: str | None = None
        self._expires_at = datetime.min.replace(tzinfo=timezone.utc)

    def _access_token(self) -> str:
        if self._token and datetime.now(timezone.utc) < self._expires_at:
            return self._token
        resp = requests.post(
            f"{self.base_url}/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=(self.client_id, self._client_secret),
            timeout=20,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = datetime.fromtimestamp(
            datetime.now(timezone.utc).timestamp() + body["expires_in"] - 30, tz=timezone.utc
        )
        log.info("obtained settlement token for client %s, expires %s", self.client_id, self._expires_at.isoformat())
        return self._token

    def upload_reads(self, trading_day: date, reads: list[dict]) -> str:
        resp = requests.post(
            f"{self.base_url}/v1/register-reads/{trading_day.isoformat()}",
            json={"reads": reads},
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=120,
        )
        resp.raise_for_status()
        submission = resp.json()["submissionId"]
        log.info("uploaded %d reads for %s as submission %s", len(reads), trading_day, submission)
        return submission


def from_env() -> SettlementClient:
    return SettlementClient(
        os.environ["SETTLEMENT_API_URL"],
        os.environ["SETTLEMENT_CLIENT_ID"],
        os.environ["SETTLEMENT_CLIENT_SECRET"],
    )
