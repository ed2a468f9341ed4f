"""Client for the card payment gateway used to take boarding deposits."""
import logging
import os
import time
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("kennel.payments.gateway")

GATEWAY = {
    "token_url": os.environ.get("GATEWAY_TOKEN_URL", "https://auth.paygate.example.com/oauth/token"),
    "api_base": os.environ.get("GATEWAY_API_BASE", "https://api.paygate.example.com/v3"),
    "client_id": os.environ.get("GATEWAY_CLIENT_ID", ""),
    "client_secret_env": "GATEWAY_CLIENT_SECRET",
    "timeout": 20,
}


@dataclass
class DepositIntent:
    booking_ref: str
    amount: Decimal
    currency: str = "GBP"


class GatewayClient:
    def __init__(self, config: dict = GATEWAY):
        self.config = config
        self._session = requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    def _fetch_token(self) -> dict:
        resp = self._session.post(
            self.config["token_url"],
            data={"grant_type": "client_credentials", "scope": "payments:write"},
            auth=(self.config["client_id"], os.environ[self.config["client_secret_env"]]),
            timeout=self.config["timeout"],
        )
        resp.raise_for_status()
        grant = resp.json()
        log.debug("Gateway token refreshed: %s", grant)
        return grant

    def _auth_header(self) -> dict:
        if self._token is None or time.time() > self._token_expiry - 60:
            grant = self._fetch_token()
            self._token = grant["access_token"]
            self._token_expiry = time.time() + int(grant.get("expires_in", 3600))
        return {"Authorization": f"Bearer {self._token}"}

    def create_deposit(self, intent: DepositIntent) -> dict:
        body = {
            "amount": int(intent.amount * 100),
            "currency": intent.currency,
            "reference": intent.booking_ref,
            "capture_method": "automatic",
            "description": f"Boarding deposit {intent.booking_ref}",
        }
        resp = self._session.post(
            f"{self.config['api_base']}/payment_intents",
            json=body,
            headers={**self._auth_header(), "Idempotency-Key": f"deposit-{intent.booking_ref}"},
            timeout=self.config["timeout"],
        )
        resp.raise_for_status()
        result = resp.json()
        log.info("Deposit intent %s created for %s", result["id"], intent.booking_ref)
        return result

    def refund(self, payment_id: str, amount: Decimal | None = None) -> dict:
        body = {"payment_intent": payment_id}
        if amount is not None:
            body["amount"] = int(amount * 100)
        resp = self._session.post(
            f"{self.config['api_base']}/refunds",
            json=body,
            headers=self._auth_header(),
            timeout=self.config["timeout"],
        )
        resp.raise_for_status()
        log.info("Refund requested for %s", payment_id)
        return resp.json()
