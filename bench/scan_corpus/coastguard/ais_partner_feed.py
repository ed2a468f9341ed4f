"""Pulls satellite AIS positions from the partner agency's feed.

The partner's endpoint uses a certificate issued by the coastal network's
private CA, so the CA bundle path comes from configuration.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class FeedSettings:
    base_url: str = field(default_factory=lambda: os.environ["SAT_AIS_URL"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("COASTAL_CA_BUNDLE", "/etc/ssl/certs/coastal-ca.pem")
    )
    timeout: float = 20.0


class PartnerAisFeed:
    def __init__(self, settings: FeedSettings | None = None):
        self.settings = settings or FeedSettings()
        self.session = requests.Session()
        self.session.verify = self.settings.ca_bundle
        self.session.headers["Authorization"] = f"Bearer {os.environ['SAT_AIS_TOKEN']}"
        retry = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def latest(self, since_iso: str) -> list[dict]:
        resp = self.session.get(
            f"{self.settings.base_url}/positions",
            params={"since": since_iso},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return resp.json().get("positions", [])
