"""Client for the card payment gateway used to top up prepaid toll accounts."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("tollroad.payments")


def mask(value: str, keep: int = 4) -> str:
    if len(value) <= keep:
        return "*" * len(value)
    return "*" * (len(value) - keep) + value[-keep:]


@dataclass
class GatewayConfig:
    base_url: str
    merchant_id: str
    api_key: str
    ca_bundle: str

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ["PAYGW_URL"],
            merchant_id=os.environ["PAYGW_MERCHANT"],
            api_key=os.environ["PAYGW_API_KEY"],
            ca_bundle=os.environ.get("PAYGW_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
        )


class TopUpClient:
    def __init__(self, cfg: GatewayConfig) -> None:
        self.cfg = cfg
        self.session = requests.Session()
        self.session.verify = cfg.ca_bundle
        self.session.headers["Authorization"] = f"Bearer {cfg.api_key}"
        log.info(
            "payment gateway client ready merchant=%s key=%s",
            cfg.merchant_id,
            mask(cfg.api_key),
        )

    def charge(self, account_no: str, card_token: str, amount: Decimal) -> str:
        idempotency = str(uuid.uuid4())
        resp = self.session.post(
            f"{self.cfg.base_url}/v1/charges",
            json={
                "merchant": self.cfg.merchant_id,
                "source": card_token,
                "amount_cents": int(amount * 100),
                "reference": account_no,
            },
            headers={"Idempotency-Key": idempotency},
            timeout=20,
        )
        resp.raise_for_status()
        charge_id = resp.json()["id"]
        log.info("top-up %s for account %s card=%s", charge_id, account_no, mask(card_token))
        return charge_id
