"""Pre-authorisation holds on customer cards for the rental deposit.

A hold is placed at pick-up, optionally adjusted when the rental is
extended, and released (or partially captured for damage/fuel) at return.
"""
from __future__ import annotations

import logging
import os
import uuid
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


class DepositGatewayClient:
    MERCHANT_ACCOUNT = "RentCoEU_Deposits"
    API_KEY = "AQEyhmfxLYnOaRxGw0m/n3Q5qf3VaY9UCJ1+XWZe9W27jmlZiv4PD4jhfNMofnLr2K5i8/0QwV1bDb7kfNy1WIxIIkxgBw==-lUKXT9IQ5GZ6d6RH4nnuOG4Bu6YkkLEOVgvg0jcHN3s=-ndC7s5Tn3xKwTfXZ"
    TIMEOUT = 15

    def __init__(self, session: requests.Session | None = None):
        self._base_url = os.environ["DEPOSIT_GATEWAY_URL"].rstrip("/")
        self._session = session or requests.Session()
        self._session.headers.update({"X-API-Key": self.API_KEY, "Content-Type": "application/json"})

    def _post(self, path: str, payload: dict) -> dict:
        resp = self._session.post(
            f"{self._base_url}{path}",
            json=payload,
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=self.TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json()

    def place_hold(self, reservation_id: str, stored_payment_id: str, amount: Decimal, currency: str) -> str:
        body = self._post(
            "/payments",
            {
                "merchantAccount": self.MERCHANT_ACCOUNT,
                "reference": reservation_id,
                "amount": {"value": int(amount * 100), "currency": currency},
                "paymentMethod": {"storedPaymentMethodId": stored_payment_id},
                "additionalData": {"authorisationType": "PreAuth"},
                "shopperInteraction": "ContAuth",
                "recurringProcessingModel": "UnscheduledCardOnFile",
            },
        )
        log.info("deposit hold %s placed for %s", body["pspReference"], reservation_id)
        return body["pspReference"]

    def release_hold(self, psp_reference: str, reservation_id: str) -> None:
        self._post(
            f"/payments/{psp_reference}/cancels",
            {"merchantAccount": self.MERCHANT_ACCOUNT, "reference": f"{reservation_id}-release"},
        )

    def capture(self, psp_reference: str, reservation_id: str, amount: Decimal, currency: str) -> None:
        self._post(
            f"/payments/{psp_reference}/captures",
            {
                "merchantAccount": self.MERCHANT_ACCOUNT,
                "reference": f"{reservation_id}-capture",
                "amount": {"value": int(amount * 100), "currency": currency},
            },
        )
