"""Client for the claims payout provider (bank transfers to policyholders)."""
import logging
import time
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("payouts")


@dataclass
class PayoutConfig:
    base_url: str
    client_id: str
    client_secret: str
    timeout: float = 20.0


@dataclass
class PayoutClient:
    cfg: PayoutConfig
    _token: str | None = field(default=None, init=False)
    _token_exp: float = field(default=0.0, init=False)

    def _http(self) -> httpx.Client:
        return httpx.Client(base_url=self.cfg.base_url, timeout=self.cfg.timeout)

    def _access_token(self) -> str:
        if self._token and time.time() < self._token_exp - 30:
            return self._token
        with self._http() as c:
            resp = c.post(
                "/oauth/token",
                data={"grant_type": "client_credentials", "scope": "payouts:write"},
                auth=(self.cfg.client_id, self.cfg.client_secret),
            )
            resp.raise_for_status()
            body = resp.json()
        self._token = body["access_token"]
        self._token_exp = time.time() + body.get("expires_in", 300)
        log.debug("payout token refreshed: %s (expires in %ss)", self._token, body.get("expires_in"))
        return self._token

    def send_payout(self, claim_id: str, sort_code: str, account_number: str, amount_pence: int) -> str:
        payload = {
            "reference": f"CLAIM-{claim_id}",
            "amount": {"value": amount_pence, "currency": "GBP"},
            "beneficiary": {"sort_code": sort_code, "account_number": account_number},
        }
        headers = {
            "Authorization": f"Bearer {self._access_token()}",
            "Idempotency-Key": f"claim-payout-{claim_id}",
        }
        with self._http() as c:
            resp = c.post("/v1/payouts", json=payload, headers=headers)
            resp.raise_for_status()
        payout_id = resp.json()["id"]
        log.info("payout %s created for claim %s", payout_id, claim_id)
        return payout_id
