"""TLS settings for the self check-in kiosks in spa receptions.

Kiosks talk to the booking API over mutual TLS; this module builds the
client context used by the kiosk's HTTP client.
"""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass, field

import httpx


@dataclass(frozen=True)
class KioskTlsSettings:
    ca_file: str = "/etc/spa/kiosk/booking-ca.pem"
    cert_file: str = "/etc/spa/kiosk/client.pem"
    key_file: str = "/etc/spa/kiosk/client.key"
    minimum_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2
    ciphers: str = "ECDHE+AESGCM:ECDHE+CHACHA20"


def kiosk_ssl_context(settings: KioskTlsSettings = KioskTlsSettings()) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.ca_file)
    context.minimum_version = settings.minimum_version
    context.set_ciphers(settings.ciphers)
    context.load_cert_chain(settings.cert_file, settings.key_file)
    return context


@dataclass
class KioskClient:
    kiosk_id: str = field(default_factory=lambda: os.environ["KIOSK_ID"])
    api_url: str = field(default_factory=lambda: os.environ["BOOKING_API_URL"])

    def __post_init__(self) -> None:
        self.http = httpx.Client(base_url=self.api_url, verify=kiosk_ssl_context(), timeout=10.0)

    def todays_arrivals(self) -> list[dict]:
        response = self.http.get("/v1/arrivals/today", headers={"X-Kiosk": self.kiosk_id})
        response.raise_for_status()
        return response.json()["arrivals"]

    def check_in(self, booking_ref: str, surname: str) -> dict:
        response = self.http.post(
            f"/v1/bookings/{booking_ref}/check-in",
            json={"surname": surname, "kiosk": self.kiosk_id},
        )
        response.raise_for_status()
        return response.json()
