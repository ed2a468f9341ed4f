"""Line-based TLS client the kiosk uses to reach the card acquirer's authorisation gateway."""
from __future__ import annotations

import json
import os
import socket
import ssl
from dataclasses import dataclass


@dataclass(frozen=True)
class GatewaySettings:
    host: str
    port: int
    ca_file: str
    merchant_id: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "GatewaySettings":
        return cls(
            host=os.environ["ACQUIRER_GATEWAY_HOST"],
            port=int(os.environ.get("ACQUIRER_GATEWAY_PORT", "7443")),
            ca_file=os.environ.get("ACQUIRER_CA_FILE", "/etc/puttpalace/acquirer-ca.pem"),
            merchant_id=os.environ["ACQUIRER_MERCHANT_ID"],
        )


def build_context(settings: GatewaySettings) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.ca_file)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


class AcquirerGateway:
    def __init__(self, settings: GatewaySettings) -> None:
        self._settings = settings
        self._context = build_context(settings)

    def _exchange(self, message: dict) -> dict:
        raw = (json.dumps(message) + "\n").encode("utf-8")
        with socket.create_connection(
            (self._settings.host, self._settings.port), timeout=self._settings.timeout
        ) as sock:
            with self._context.wrap_socket(sock, server_hostname=self._settings.host) as tls:
                tls.sendall(raw)
                reply = b""
                while not reply.endswith(b"\n"):
                    chunk = tls.recv(4096)
                    if not chunk:
                        break
                    reply += chunk
        return json.loads(reply or b"{}")

    def authorise(self, emv_token: str, amount_pence: int, kiosk_ref: str) -> dict:
        reply = self._exchange(
            {
                "type": "auth",
                "merchant": self._settings.merchant_id,
                "token": emv_token,
                "amount": amount_pence,
                "currency": "GBP",
                "ref": kiosk_ref,
            }
        )
        return {"approved": reply.get("result") == "APPROVED", "auth_code": reply.get("auth_code")}

    def reverse(self, kiosk_ref: str) -> bool:
        reply = self._exchange({"type": "reversal", "merchant": self._settings.merchant_id, "ref": kiosk_ref})
        return reply.get("result") == "OK"
