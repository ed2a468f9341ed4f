"""Client for the card payment provider used for lane and coaching bookings.

Creates hosted checkout sessions for lane hire, have-a-go sessions and
beginners' courses, and fetches their status when a member returns.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Dict, Optional

import requests

log = logging.getLogger(__name__)


@dataclass
class CheckoutItem:
    description: str
    amount: Decimal
    quantity: int = 1


class PaymentProviderClient:
    def __init__(self, base_url: str, secret_key: str, timeout: float = 15.0) -> None:
        self._base_url = base_url.rstrip("/")
        self._secret_key = secret_key
        self._timeout = timeout
        self._session = requests.Session()

    @classmethod
    def from_env(cls) -> "PaymentProviderClient":
        return cls(os.environ["PAYMENTS_API_URL"], os.environ["PAYMENTS_SECRET_KEY"])

    @property
    def _headers(self) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self._secret_key}",
            "Content-Type": "application/json",
        }

    def _request(self, method: str, path: str, json: Optional[dict] = None) -> dict:
        url = f"{self._base_url}{path}"
        headers = self._headers
        log.debug("Payment API %s %s headers=%s", method, url, headers)
        resp = self._session.request(method, url, json=json, headers=headers, timeout=self._timeout)
        resp.raise_for_status()
        return resp.json()

    def create_checkout(self, booking_ref: str, email: str, item: CheckoutItem, return_url: str) -> str:
        body = {
            "reference": booking_ref,
            "customer_email": email,
            "line_items": [
                {
                    "description": item.description,
                    "unit_amount": int(item.amount * 100),
                    "quantity": item.quantity,
                    "currency": "gbp",
                }
            ],
            "success_url": return_url,
            "cancel_url": return_url,
        }
        data = self._request("POST", "/v1/checkout/sessions", json=body)
        log.info("Created checkout %s for booking %s", data["id"], booking_ref)
        return data["url"]

    def checkout_status(self, checkout_id: str) -> str:
        data = self._request("GET", f"/v1/checkout/sessions/{checkout_id}")
        return data["payment_status"]
