"""Mutual-TLS channel used to lodge loss claims for damaged consignments with the insurer."""
from __future__ import annotations

import http.client
import json
import os
import ssl
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ClaimsChannelConfig:
    host: str = os.environ.get("CLAIMS_GATEWAY_HOST", "")
    port: int = 443
    client_cert: str = os.environ.get("CLAIMS_CLIENT_CERT", "/etc/storefront/claims/client.pem")
    client_key: str = os.environ.get("CLAIMS_CLIENT_KEY", "/etc/storefront/claims/client.key")
    ca_file: str = os.environ.get("CLAIMS_CA_FILE", "/etc/storefront/claims/insurer-ca.pem")
    min_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2


def claims_context(config: ClaimsChannelConfig) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=config.ca_file)
    context.minimum_version = config.min_version
    context.load_cert_chain(config.client_cert, config.client_key)
    return context


class ClaimsChannel:
    def __init__(self, config: ClaimsChannelConfig | None = None) -> None:
        self.config = config or ClaimsChannelConfig()
        self.context = claims_context(self.config)

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        conn = http.client.HTTPSConnection(
            self.config.host, self.config.port, context=self.context, timeout=30
        )
        try:
            conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
            response = conn.getresponse()
            payload = json.loads(response.read() or b"{}")
            if response.status >= 400:
                raise RuntimeError(f"claims gateway returned {response.status}")
            return payload
        finally:
            conn.close()

    def lodge_claim(self, policy_number: str, crate_id: str, description: str, amount_pence: int) -> str:
        result = self._post(
            "/v1/claims",
            {"policy": policy_number, "crate": crate_id, "description": description,
             "amount": amount_pence},
        )
        return result["claim_reference"]
