"""Thin wrapper around the business-verification API for seller onboarding."""
import os

import requests


class BusinessRegistryClient:
    def __init__(self, base_url: str, api_key: str, ca_bundle: str | None = None):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key}"
        # corporate proxy re-signs traffic; point at its CA when configured
        self.session.verify = ca_bundle or os.environ.get("REQUESTS_CA_BUNDLE", True)

    def lookup(self, registration_number: str, country: str) -> dict:
        resp = self.session.get(
            f"{self.base_url}/companies",
            params={"number": registration_number, "country": country},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()
