"""Client for the vet direct-settlement provider (pays clinics for claims)."""
import logging
import time
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("settlements")


@dataclass
class SettlementConfig:
    base_url: str
    client_id: str
    client_secret: str = field(repr=False)
    timeout: float = 20.0


class SettlementClient:
    def __init__(self, cfg: SettlementConfig):
        self.cfg = cfg
        self._token: str | None = None
        self._token_exp = 0.0
        self._http = httpx.Client(base_url=cfg.base_url, timeout=cfg.timeout)

    def _access_token(self) -> str:
        if self._token and time.time() < self._token_exp - 30:
            return self._token
        resp = self._http.post(
            "/oauth/token",
            data={"grant_type": "client_credentials", "scope": "settlements:write"},
            auth=(self.cfg.client_id, self.cfg.client_secret),
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_exp = time.time() + body.get("expires_in", 300)
        log.debug("settlement token refreshed for client %s (expires in %ss)",
                  self.cfg.client_id, body.get("expires_in"))
        return self._token

    def settle(self, claim_id: str, clinic_account: str, amount_pence: int) -> str:
        resp = self._http.post(
            "/v1/settlements",
            json={"reference": f"CLAIM-{claim_id}", "clinic_account": clinic_account,
                  "amount": {"value": amount_pence, "currency": "GBP"}},
            headers={"Authorization": f"Bearer {self._access_token()}",
                     "Idempotency-Key": f"claim-settle-{claim_id}"},
        )
        resp.raise_for_status()
        settlement_id = resp.json()["id"]
        log.info("settlement %s created for claim %s (%d pence)", settlement_id, claim_id, amount_pence)
        return settlement_id
