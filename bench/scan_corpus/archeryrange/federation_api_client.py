"""Client for the national archery federation's membership API.

Used by the nightly job that checks every club member still holds a valid
federation membership (and therefore insurance) before their range access
card is renewed.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date
from typing import Iterable, List, Optional

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FederationSettings:
    base_url: str
    api_key: str
    ca_bundle: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "FederationSettings":
        return cls(
            base_url=os.environ["FEDERATION_API_URL"],
            api_key=os.environ["FEDERATION_API_KEY"],
            ca_bundle=os.environ.get("FEDERATION_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
        )


@dataclass
class MembershipStatus:
    membership_no: str
    valid_until: Optional[date]
    insured: bool


class FederationClient:
    def __init__(self, settings: FederationSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle
        self._session.headers.update({"X-Api-Key": settings.api_key, "Accept": "application/json"})
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def membership(self, membership_no: str) -> MembershipStatus:
        resp = self._session.get(
            f"{self._settings.base_url}/v1/members/{membership_no}",
            timeout=self._settings.timeout,
        )
        if resp.status_code == 404:
            return MembershipStatus(membership_no, None, False)
        resp.raise_for_status()
        data = resp.json()
        valid_until = date.fromisoformat(data["valid_until"]) if data.get("valid_until") else None
        return MembershipStatus(membership_no, valid_until, bool(data.get("insured")))


def lapsed_members(client: FederationClient, numbers: Iterable[str], today: date) -> List[str]:
    lapsed = []
    for number in numbers:
        status = client.membership(number)
        if not status.insured or status.valid_until is None or status.valid_until < today:
            lapsed.append(number)
    log.info("%d members have lapsed federation membership", len(lapsed))
    return lapsed
