"""Checks competition licences against the national karting federation.

Drivers entering the club championship must hold a valid federation
licence. The federation API sits behind a private PKI, so requests are
verified against the federation's CA bundle shipped with our config.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date

import requests

log = logging.getLogger(__name__)


@dataclass
class FederationSettings:
    base_url: str = field(default_factory=lambda: os.environ["FEDERATION_API_URL"])
    client_id: str = field(default_factory=lambda: os.environ["FEDERATION_CLIENT_ID"])
    client_secret: str = field(default_factory=lambda: os.environ["FEDERATION_CLIENT_SECRET"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get(
            "FEDERATION_CA_BUNDLE", "/etc/kartcentre/certs/federation-ca.pem"
        )
    )
    timeout: float = 8.0


@dataclass
class LicenceStatus:
    number: str
    grade: str
    valid_until: date

    def valid_on(self, day: date) -> bool:
        return self.valid_until >= day


class FederationClient:
    def __init__(self, settings: FederationSettings | None = None) -> None:
        self.settings = settings or FederationSettings()
        self.session = requests.Session()
        self.session.verify = self.settings.ca_bundle
        self.session.auth = (self.settings.client_id, self.settings.client_secret)

    def licence(self, number: str) -> LicenceStatus | None:
        url = f"{self.settings.base_url.rstrip('/')}/licences/{requests.utils.quote(number, safe='')}"
        resp = self.session.get(url, timeout=self.settings.timeout)
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        data = resp.json()
        return LicenceStatus(
            number=data["number"],
            grade=data["grade"],
            valid_until=date.fromisoformat(data["valid_until"]),
        )


def eligible_for_championship(client: FederationClient, licence_no: str, race_day: date) -> bool:
    status = client.licence(licence_no)
    if status is None:
        log.info("licence %s not found at federation", licence_no)
        return False
    if status.grade not in {"C", "B", "A"}:
        return False
    return status.valid_on(race_day)
