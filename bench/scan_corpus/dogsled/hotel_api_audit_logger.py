"""Audit trail for calls the booking engine makes to partner hotel APIs."""
from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass

import requests

audit = logging.getLogger("partner.audit")


def fingerprint(secret: str) -> str:
    digest = hashlib.sha256(secret.encode("utf-8")).hexdigest()
    return f"sha256:{digest[:12]}"


@dataclass
class PartnerCredential:
    hotel_code: str
    api_key: str

    def log_label(self) -> str:
        return f"{self.hotel_code}/{fingerprint(self.api_key)}"


class AuditedPartnerSession(requests.Session):
    def __init__(self, credential: PartnerCredential) -> None:
        super().__init__()
        self._credential = credential
        self.headers["X-Api-Key"] = credential.api_key

    def request(self, method, url, *args, **kwargs):
        started = time.monotonic()
        try:
            response = super().request(method, url, *args, **kwargs)
        except requests.RequestException as exc:
            audit.warning("partner call failed cred=%s %s %s: %s",
                          self._credential.log_label(), method, url, type(exc).__name__)
            raise
        audit.info(
            "partner call cred=%s %s %s -> %s in %.0fms",
            self._credential.log_label(),
            method,
            url,
            response.status_code,
            (time.monotonic() - started) * 1000,
        )
        return response


def fetch_rates(credential: PartnerCredential, base_url: str, night: str) -> dict:
    with AuditedPartnerSession(credential) as session:
        resp = session.get(f"{base_url}/rates", params={"night": night}, timeout=10)
        resp.raise_for_status()
        return resp.json()
