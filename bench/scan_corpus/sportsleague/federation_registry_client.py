"""Look up player registrations in the national federation registry.

The registry sits behind the federation's own certificate authority, so the
session trusts their CA bundle in addition to hostname checks.
"""
from __future__ import annotations

import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from league.config import settings


class FederationRegistry:
    def __init__(self, base_url: str | None = None, ca_bundle: str | None = None):
        self.base_url = (base_url or settings.FEDERATION_REGISTRY_URL).rstrip("/")
        self.session = requests.Session()
        self.session.verify = ca_bundle or settings.FEDERATION_CA_BUNDLE
        self.session.headers["X-Api-Key"] = os.environ["FEDERATION_REGISTRY_KEY"]
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def lookup_player(self, federation_number: str) -> dict | None:
        resp = self.session.get(
            f"{self.base_url}/players/{federation_number}", timeout=(5, 15)
        )
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.json()

    def is_eligible(self, federation_number: str, season: str) -> bool:
        player = self.lookup_player(federation_number)
        if player is None:
            return False
        return season in player.get("registered_seasons", []) and not player.get("suspended", False)
