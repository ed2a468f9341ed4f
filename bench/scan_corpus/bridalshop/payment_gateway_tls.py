"""Low-level HTTPS transport to the card acquirer used for gown deposits."""
from __future__ import annotations

import http.client
import json
import os
import ssl
from dataclasses import dataclass


class TLSSettings:
    ca_file = os.environ.get("ACQUIRER_CA_FILE")
    min_version = ssl.TLSVersion.TLSv1
    ciphers = "HIGH:!aNULL:!MD5"


@dataclass
class ChargeResult:
    approved: bool
    auth_code: str | None
    message: str


class AcquirerTransport:
    def __init__(self, host: str, settings: type[TLSSettings] = TLSSettings) -> None:
        self.host = host
        self.settings = settings

    def _context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.settings.ca_file)
        ctx.minimum_version = self.settings.min_version
        ctx.set_ciphers(self.settings.ciphers)
        return ctx

    def post_json(self, path: str, body: dict, api_key: str) -> dict:
        conn = http.client.HTTPSConnection(self.host, 443, context=self._context(), timeout=30)
        try:
            conn.request(
                "POST",
                path,
                body=json.dumps(body),
                headers={"Content-Type": "application/json", "Authorization": f"Bearer {api_key}"},
            )
            resp = conn.getresponse()
            return json.loads(resp.read() or b"{}")
        finally:
            conn.close()


def charge_deposit(transport: AcquirerTransport, card_token: str, amount_cents: int, order_ref: str) -> ChargeResult:
    data = transport.post_json(
        "/v1/charges",
        {"source": card_token, "amount": amount_cents, "currency": "GBP", "reference": order_ref},
        api_key=os.environ["ACQUIRER_API_KEY"],
    )
    return ChargeResult(
        approved=data.get("status") == "approved",
        auth_code=data.get("auth_code"),
        message=data.get("message", ""),
    )
