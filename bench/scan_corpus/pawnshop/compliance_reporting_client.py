"""Client for the state compliance reporting API (daily buy/pawn uploads)."""
import logging
import os
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger("pawnops.compliance")


@dataclass
class _Token:
    value: str = field(repr=False)
    expires_at: float


class ComplianceClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self._client_secret = client_secret
        self.timeout = timeout
        self.session = requests.Session()
        self._token: _Token | None = None

    @classmethod
    def from_env(cls) -> "ComplianceClient":
        return cls(
            os.environ["COMPLIANCE_BASE_URL"],
            os.environ["COMPLIANCE_CLIENT_ID"],
            os.environ["COMPLIANCE_CLIENT_SECRET"],
        )

    def _bearer(self) -> str:
        if self._token is None or time.time() > self._token.expires_at - 60:
            resp = self.session.post(
                f"{self.base_url}/oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(self.client_id, self._client_secret),
                timeout=self.timeout,
            )
            resp.raise_for_status()
            body = resp.json()
            self._token = _Token(body["access_token"], time.time() + body.get("expires_in", 3600))
            log.info("obtained compliance token for client %s, valid %ss", self.client_id, body.get("expires_in"))
        return self._token.value

    def upload_day(self, store_code: str, transactions: list[dict]) -> str:
        resp = self.session.post(
            f"{self.base_url}/v2/stores/{store_code}/transactions",
            json={"transactions": transactions},
            headers={"Authorization": f"Bearer {self._bearer()}"},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        batch_id = resp.json()["batch_id"]
        log.info("uploaded %d transactions for store %s as batch %s", len(transactions), store_code, batch_id)
        return batch_id
