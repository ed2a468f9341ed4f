"""Minimal Square client used by studio tablets to take consultation deposits."""
import uuid
from typing import Optional

import requests


class SquareDeposits:
    API_BASE = "https://connect.squareup.com/v2"

    def __init__(
        self,
        location_id: str,
        access_token: str = "EAAAEOuLQObrVwJvCvoio2WWhTJH2nYl7Xz5KqJmHcXqGp3lbTR8pLwqDk1FZ0sN",
        timeout: float = 10.0,
    ):
        self.location_id = location_id
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers.update(
            {
                "Authorization": f"Bearer {access_token}",
                "Square-Version": "2024-01-18",
                "Content-Type": "application/json",
            }
        )

    def charge_deposit(self, source_id: str, amount_pence: int, booking_ref: str,
                       customer_id: Optional[str] = None) -> dict:
        body = {
            "idempotency_key": str(uuid.uuid4()),
            "source_id": source_id,
            "amount_money": {"amount": amount_pence, "currency": "GBP"},
            "location_id": self.location_id,
            "reference_id": booking_ref,
            "note": f"Consultation deposit {booking_ref}",
        }
        if customer_id:
            body["customer_id"] = customer_id
        resp = self._session.post(f"{self.API_BASE}/payments", json=body, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["payment"]

    def refund_deposit(self, payment_id: str, amount_pence: int) -> dict:
        body = {
            "idempotency_key": str(uuid.uuid4()),
            "payment_id": payment_id,
            "amount_money": {"amount": amount_pence, "currency": "GBP"},
            "reason": "Consultation cancelled within policy",
        }
        resp = self._session.post(f"{self.API_BASE}/refunds", json=body, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["refund"]
