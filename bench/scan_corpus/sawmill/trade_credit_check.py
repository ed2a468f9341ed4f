"""Credit checks for new trade account applications.

When a builder applies for a 30-day trade account we run a business credit
check through the credit reference agency and store the score and suggested
limit against the application. Request and response bodies are logged at
DEBUG for support cases, with credentials and personal fields masked.
"""
from __future__ import annotations

import logging
import os
from typing import Any

import requests

log = logging.getLogger("accounts.credit")

SENSITIVE_KEYS = frozenset({"api_key", "password", "director_dob", "bank_account", "sort_code", "authorization"})


def _redact(payload: Any) -> Any:
    if isinstance(payload, dict):
        return {k: ("***" if k.lower() in SENSITIVE_KEYS else _redact(v)) for k, v in payload.items()}
    if isinstance(payload, list):
        return [_redact(v) for v in payload]
    return payload


class CreditAgencyClient:
    def __init__(self) -> None:
        self.url = os.environ["CREDIT_AGENCY_URL"]
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {os.environ['CREDIT_AGENCY_TOKEN']}"

    def business_check(self, company_number: str, director: dict, bank: dict) -> dict:
        body = {
            "company_number": company_number,
            "director_name": director["name"],
            "director_dob": director["dob"],
            "bank_account": bank["account"],
            "sort_code": bank["sort_code"],
            "product": "trade-credit-v2",
        }
        log.debug("credit check request: %s", _redact(body))
        resp = self._session.post(f"{self.url}/v2/business-checks", json=body, timeout=30)
        resp.raise_for_status()
        result = resp.json()
        log.debug("credit check response: %s", _redact(result))
        log.info(
            "credit check %s for %s: score=%s limit=%s",
            result.get("check_id"), company_number, result.get("score"), result.get("suggested_limit"),
        )
        return result
