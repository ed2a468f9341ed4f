"""Client for the tax authority's real-time payroll submission gateway.

The gateway presents a certificate issued by the authority's own CA, so
the session trusts the CA bundle shipped in our config repo instead of the
system store, and authenticates with our transmitter certificate.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GatewaySettings:
    base_url: str
    ca_bundle: Path
    client_cert: Path
    client_key: Path
    timeout: float = 30.0


class TaxGatewayClient:
    def __init__(self, settings: GatewaySettings):
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = str(settings.ca_bundle)
        self.session.cert = (str(settings.client_cert), str(settings.client_key))
        self.session.headers["Content-Type"] = "application/xml"

    def submit(self, employer_ref: str, document: bytes) -> str:
        resp = self.session.post(
            f"{self.settings.base_url}/submission",
            params={"employerRef": employer_ref},
            data=document,
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        correlation_id = resp.headers["CorrelationID"]
        log.info("submission for %s accepted as %s", employer_ref, correlation_id)
        return correlation_id

    def status(self, correlation_id: str) -> bytes | None:
        resp = self.session.get(
            f"{self.settings.base_url}/submission/{correlation_id}",
            timeout=self.settings.timeout,
        )
        if resp.status_code == 202:
            return None
        resp.raise_for_status()
        return resp.content
