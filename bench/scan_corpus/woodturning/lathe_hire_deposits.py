"""Take and release card deposits for lathe hire through the payment provider."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("hire.deposits")


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    secret_key: str

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ["PAYMENTS_API_URL"],
            secret_key=os.environ["PAYMENTS_SECRET_KEY"],
        )


class DepositError(RuntimeError):
    pass


class DepositGateway:
    DEPOSIT_PENCE = {"small": 5000, "midi": 10000, "bowl": 25000}

    def __init__(self, config: GatewayConfig | None = None) -> None:
        self.config = config or GatewayConfig.from_env()
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {self.config.secret_key}"

    def _call(self, method: str, path: str, **kwargs) -> dict:
        resp = self.session.request(method, self.config.base_url + path, timeout=20, **kwargs)
        if resp.status_code >= 400:
            log.error(
                "payment gateway %s %s failed: %s %s (request headers: %s)",
                method,
                path,
                resp.status_code,
                resp.text[:200],
                dict(resp.request.headers),
            )
            raise DepositError(f"gateway returned {resp.status_code}")
        return resp.json()

    def hold(self, hire_id: int, lathe_class: str, payment_method: str) -> str:
        amount = self.DEPOSIT_PENCE[lathe_class]
        data = self._call(
            "POST",
            "/payment_intents",
            json={
                "amount": amount,
                "currency": "gbp",
                "payment_method": payment_method,
                "capture_method": "manual",
                "metadata": {"hire_id": hire_id},
            },
        )
        log.info("deposit of %d held for hire %s", amount, hire_id)
        return data["id"]

    def release(self, intent_id: str) -> None:
        self._call("POST", f"/payment_intents/{intent_id}/cancel")
        log.info("deposit %s released", intent_id)

    def capture_damage(self, intent_id: str, amount_pence: int) -> None:
        self._call("POST", f"/payment_intents/{intent_id}/capture", json={"amount_to_capture": amount_pence})
        log.info("captured %d from deposit %s", amount_pence, intent_id)
