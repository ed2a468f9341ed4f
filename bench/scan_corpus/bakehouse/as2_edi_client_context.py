"""HTTP client used to post AS2 EDI messages to supermarket trading partners.

Some partners still run older AS2 gateways, so the TLS profile is configured
centrally and shared by every outbound connection.
"""
from __future__ import annotations

import ssl
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class PartnerTlsProfile:
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"
    lowest_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    ciphers: str = "HIGH:!aNULL:!MD5"


def build_context(profile: PartnerTlsProfile) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=profile.ca_bundle)
    ctx.minimum_version = profile.lowest_version
    ctx.set_ciphers(profile.ciphers)
    return ctx


class As2Sender:
    def __init__(self, as2_from: str, profile: PartnerTlsProfile = PartnerTlsProfile()) -> None:
        self.as2_from = as2_from
        self._client = httpx.Client(verify=build_context(profile), timeout=30.0)

    def send(self, endpoint: str, as2_to: str, message_id: str, body: bytes) -> str:
        headers = {
            "AS2-Version": "1.2",
            "AS2-From": self.as2_from,
            "AS2-To": as2_to,
            "Message-ID": f"<{message_id}@northfield-bakehouse>",
            "Content-Type": "application/pkcs7-mime; smime-type=enveloped-data",
            "Disposition-Notification-To": "edi@northfield-bakehouse.co.uk",
        }
        response = self._client.post(endpoint, content=body, headers=headers)
        response.raise_for_status()
        return response.headers.get("Content-Type", "")

    def close(self) -> None:
        self._client.close()


def send_orders_response(endpoint: str, partner_as2_id: str, message_id: str, payload: bytes) -> str:
    sender = As2Sender("NORTHFIELDBAKE")
    try:
        return sender.send(endpoint, partner_as2_id, message_id, payload)
    finally:
        sender.close()
