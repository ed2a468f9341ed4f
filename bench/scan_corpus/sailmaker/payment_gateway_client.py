"""Thin client for the card gateway used by online invoice payments."""
import logging
import os
from typing import Any, Dict, Mapping

import requests

log = logging.getLogger("loft.gateway")
SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: Mapping[str, str]) -> Dict[str, str]:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"****{digits[-4:]}" if len(digits) >= 4 else "****"


class GatewayClient:
    def __init__(self, base_url: str = "", api_key: str = ""):
        self.base_url = (base_url or os.environ.get("GATEWAY_URL",
                         "https://gateway.example-payments.com/v1")).rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key or os.environ['GATEWAY_SECRET_KEY']}"

    def post(self, path: str, body: Dict[str, Any]) -> Dict[str, Any]:
        url = f"{self.base_url}{path}"
        log.debug("gateway POST %s headers=%s", url, redact_headers(self.session.headers))
        resp = self.session.post(url, json=body, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def charge(self, invoice_no: str, amount_cents: int, pan: str, exp: str, cvc: str) -> str:
        body = {"amount": amount_cents, "reference": invoice_no,
                "card": {"number": pan, "exp": exp, "cvc": cvc}}
        try:
            result = self.post("/charges", body)
        except requests.HTTPError as exc:
            log.warning("charge failed for invoice %s card %s: HTTP %s",
                        invoice_no, mask_pan(pan), exc.response.status_code)
            raise
        log.info("charged invoice %s card %s amount %d", invoice_no, mask_pan(pan), amount_cents)
        return result["id"]
