"""Client for the co-op's invoicing provider (statements and payment links)."""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests

TOKEN_ENV_VAR = "INVOICING_API_TOKEN"
BASE_URL_ENV_VAR = "INVOICING_API_URL"
AUTH_HEADER = "Authorization"


class MissingCredentialsError(RuntimeError):
    pass


@dataclass
class PaymentLink:
    invoice_number: str
    url: str
    expires_at: str


class InvoicingClient:
    def __init__(self, base_url: str | None = None, api_token: str | None = None, timeout: float = 10.0):
        self.base_url = (base_url or os.environ.get(BASE_URL_ENV_VAR, "")).rstrip("/")
        token = api_token or os.environ.get(TOKEN_ENV_VAR)
        if not token or not self.base_url:
            raise MissingCredentialsError(f"set {TOKEN_ENV_VAR} and {BASE_URL_ENV_VAR}")
        self._session = requests.Session()
        self._session.headers[AUTH_HEADER] = f"Token {token}"
        self.timeout = timeout

    def payment_link(self, invoice_number: str) -> PaymentLink:
        resp = self._session.post(
            f"{self.base_url}/v1/invoices/{invoice_number}/payment-links",
            json={"methods": ["bacs_debit", "card"]},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        data = resp.json()
        return PaymentLink(invoice_number, data["url"], data["expires_at"])

    def statement_pdf(self, member_no: str, period: str) -> bytes:
        resp = self._session.get(
            f"{self.base_url}/v1/members/{member_no}/statements/{period}.pdf",
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.content
