"""Sends monthly instructor payouts through the payments platform's Connect transfers."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Dict, List

import requests


class PayoutsConfig:
    api_base = "https://api.stripe.com/v1"
    api_key = "sk_live_51NzQ8eKd3vT7pLm2Xa9RcW4uYb6HjF0sGq1Ek5Zn8VoBt"
    currency = "gbp"
    timeout_s = 20


@dataclass
class InstructorStatement:
    instructor_id: str
    connected_account: str
    classes_taught: int
    rate_per_class: Decimal
    bonus: Decimal = Decimal("0")

    @property
    def total(self) -> Decimal:
        return (self.rate_per_class * self.classes_taught + self.bonus).quantize(Decimal("0.01"))


class PayoutClient:
    def __init__(self, config: type[PayoutsConfig] = PayoutsConfig) -> None:
        self._config = config
        self._http = requests.Session()
        self._http.auth = (config.api_key, "")

    def _post(self, path: str, form: Dict[str, str], idempotency_key: str) -> dict:
        resp = self._http.post(
            f"{self._config.api_base}{path}",
            data=form,
            headers={"Idempotency-Key": idempotency_key},
            timeout=self._config.timeout_s,
        )
        resp.raise_for_status()
        return resp.json()

    def transfer(self, period: str, statement: InstructorStatement) -> str:
        pence = int(statement.total * 100)
        body = self._post(
            "/transfers",
            {
                "amount": str(pence),
                "currency": self._config.currency,
                "destination": statement.connected_account,
                "description": f"Classes {period} ({statement.classes_taught})",
                "metadata[instructor_id]": statement.instructor_id,
            },
            idempotency_key=f"payout-{period}-{statement.instructor_id}",
        )
        return body["id"]

    def run_period(self, period: str, statements: List[InstructorStatement]) -> Dict[str, str]:
        return {s.instructor_id: self.transfer(period, s) for s in statements if s.total > 0}
