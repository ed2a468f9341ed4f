"""Client for the bank's account-verification API.

Before the first lease payment to a new landlord, the IBAN and account
holder name are checked with the bank (confirmation of payee).  The bank
uses a private CA for this API, so its bundle is shipped with the service.
"""
from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass

import requests


@dataclass
class BankApiSettings:
    base_url: str
    api_key: str
    ca_bundle: str
    timeout_s: float = 10.0
    max_attempts: int = 4

    @classmethod
    def from_env(cls) -> "BankApiSettings":
        return cls(
            base_url=os.environ["BANK_VERIFY_URL"],
            api_key=os.environ["BANK_VERIFY_API_KEY"],
            ca_bundle=os.environ.get("BANK_VERIFY_CA", "/etc/billboards/bank-ca.pem"),
        )


class PayeeVerificationClient:
    def __init__(self, settings: BankApiSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle
        self._session.headers["X-Api-Key"] = settings.api_key

    def _post(self, path: str, payload: dict) -> dict:
        for attempt in range(1, self._settings.max_attempts + 1):
            resp = self._session.post(
                f"{self._settings.base_url}{path}", json=payload, timeout=self._settings.timeout_s
            )
            if resp.status_code not in (429, 502, 503) or attempt == self._settings.max_attempts:
                resp.raise_for_status()
                return resp.json()
            time.sleep(min(30.0, 2 ** attempt) + random.uniform(0, 1.0))
        raise RuntimeError("unreachable")

    def verify_payee(self, iban: str, account_holder: str) -> str:
        result = self._post(
            "/v1/payee-checks",
            {"iban": iban.replace(" ", "").upper(), "name": account_holder.strip()},
        )
        return result["match"]
