"""OCPI 2.2.1 credentials handshake with a new roaming partner."""
from __future__ import annotations

import logging
import os
import secrets
from typing import Mapping

import requests

log = logging.getLogger("ocpi.handshake")


def _describe_request(method: str, url: str, headers: Mapping[str, str]) -> str:
    rendered = ", ".join(f"{name}: {value}" for name, value in headers.items())
    return f"{method} {url} [{rendered}]"


class CredentialsHandshake:
    def __init__(self, our_versions_url: str, business_name: str) -> None:
        self.our_versions_url = our_versions_url
        self.business_name = business_name
        self.session = requests.Session()

    def _our_credentials(self, token_b: str) -> dict:
        return {
            "token": token_b,
            "url": self.our_versions_url,
            "roles": [{
                "role": "CPO",
                "party_id": os.environ.get("OCPI_PARTY_ID", "VGN"),
                "country_code": os.environ.get("OCPI_COUNTRY_CODE", "DE"),
                "business_details": {"name": self.business_name},
            }],
        }

    def register(self, partner_credentials_url: str, token_a: str) -> dict:
        token_b = secrets.token_urlsafe(32)
        headers = {
            "Authorization": f"Token {token_a}",
            "Content-Type": "application/json",
            "OCPI-from-party-id": os.environ.get("OCPI_PARTY_ID", "VGN"),
        }
        log.info("credentials handshake: %s",
                 _describe_request("POST", partner_credentials_url, headers))
        resp = self.session.post(partner_credentials_url, json=self._our_credentials(token_b),
                                 headers=headers, timeout=20)
        resp.raise_for_status()
        body = resp.json()
        if body.get("status_code") != 1000:
            raise RuntimeError(f"partner refused handshake: {body.get('status_message')}")
        return {"token_b": token_b, "token_c": body["data"]["token"],
                "partner_url": body["data"]["url"]}
