"""Looks up listed-building details of churches from the heritage registry before restoration work."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, Optional

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class RegistrySettings:
    base_url: str
    api_key: str
    ca_bundle: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "RegistrySettings":
        return cls(
            base_url=os.environ["HERITAGE_REGISTRY_URL"],
            api_key=os.environ["HERITAGE_REGISTRY_KEY"],
            ca_bundle=os.environ.get("HERITAGE_CA_BUNDLE", "/etc/ssl/certs/heritage-registry-ca.pem"),
        )


class HeritageRegistry:
    def __init__(self, settings: RegistrySettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.headers.update({"X-Api-Key": settings.api_key, "Accept": "application/json"})
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _get(self, path: str, **params: Any) -> Dict[str, Any]:
        resp = self.session.get(f"{self.settings.base_url}{path}", params=params, timeout=self.settings.timeout)
        resp.raise_for_status()
        return resp.json()

    def listing(self, church_ref: str) -> Optional[Dict[str, Any]]:
        data = self._get("/listings", ref=church_ref)
        results = data.get("results", [])
        return results[0] if results else None

    def needs_consent(self, church_ref: str) -> bool:
        listing = self.listing(church_ref)
        if listing is None:
            return False
        return listing.get("grade") in {"I", "II*", "II"} and "bells" in listing.get("protected_fixtures", [])


def restoration_precheck(church_ref: str) -> Dict[str, Any]:
    registry = HeritageRegistry(RegistrySettings.from_env())
    listing = registry.listing(church_ref) or {}
    return {
        "church": church_ref,
        "grade": listing.get("grade"),
        "consent_required": registry.needs_consent(church_ref),
    }
