"""Client for the school bank's payment-initiation API.

Tutor salaries are paid by submitting a SEPA credit-transfer batch to the
bank. The bank's API sits behind its own private certificate authority,
whose bundle is installed on the payroll host.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Dict, List

import requests

DEFAULT_CA_BUNDLE = "/etc/lingua/pki/bank-api-ca.pem"


@dataclass
class BankApiConfig:
    base_url: str = field(default_factory=lambda: os.environ["BANK_API_URL"])
    client_cert: str = field(default_factory=lambda: os.environ["BANK_CLIENT_CERT"])
    client_key: str = field(default_factory=lambda: os.environ["BANK_CLIENT_KEY"])
    ca_bundle: str = field(default_factory=lambda: os.environ.get("BANK_CA_BUNDLE", DEFAULT_CA_BUNDLE))
    timeout: float = 30.0


class BankTransferClient:
    def __init__(self, config: BankApiConfig | None = None) -> None:
        self.config = config or BankApiConfig()
        self.session = requests.Session()
        self.session.cert = (self.config.client_cert, self.config.client_key)
        self.session.verify = self.config.ca_bundle

    def _request(self, method: str, path: str, **kwargs: Any) -> Dict[str, Any]:
        response = self.session.request(
            method, f"{self.config.base_url}{path}", timeout=self.config.timeout, **kwargs
        )
        response.raise_for_status()
        return response.json()

    def submit_batch(self, execution_date: str, transfers: List[Dict[str, Any]]) -> str:
        body = {
            "requestedExecutionDate": execution_date,
            "batchBooking": True,
            "creditTransfers": transfers,
        }
        return self._request("POST", "/v1/bulk-payments/sepa-credit-transfers", json=body)["paymentId"]

    def batch_status(self, payment_id: str) -> str:
        result = self._request("GET", f"/v1/bulk-payments/sepa-credit-transfers/{payment_id}/status")
        return result["transactionStatus"]
