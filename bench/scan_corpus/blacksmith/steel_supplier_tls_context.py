"""TLS settings for the stockholder order API used to buy bar and plate."""
from __future__ import annotations

import json
import os
import ssl
import urllib.request
from dataclasses import dataclass
from typing import Any, Dict


@dataclass(frozen=True)
class TlsPolicy:
    ca_file: str = "/etc/ssl/certs/ca-certificates.crt"
    minimum: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2
    client_cert: str | None = None
    client_key: str | None = None


class StockholderTransport:
    def __init__(self, policy: TlsPolicy | None = None) -> None:
        self.policy = policy or TlsPolicy()
        self._context = self._build_context()

    def _build_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.policy.ca_file)
        ctx.minimum_version = self.policy.minimum
        if self.policy.client_cert:
            ctx.load_cert_chain(self.policy.client_cert, self.policy.client_key)
        return ctx

    def post_json(self, url: str, body: Dict[str, Any]) -> Dict[str, Any]:
        request = urllib.request.Request(
            url,
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, context=self._context, timeout=30) as resp:
            return json.loads(resp.read())


class StockOrderClient:
    def __init__(self, transport: StockholderTransport) -> None:
        self._transport = transport
        self._base = os.environ["STOCKHOLDER_API_URL"].rstrip("/")
        self._account = os.environ["STOCKHOLDER_ACCOUNT"]

    def order(self, lines: list[dict]) -> str:
        result = self._transport.post_json(
            f"{self._base}/orders", {"account": self._account, "lines": lines}
        )
        return result["order_number"]
