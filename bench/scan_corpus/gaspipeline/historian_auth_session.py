"""Authenticated requests session for the historian REST API using OAuth client credentials."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("historian.auth")


@dataclass
class OAuthClient:
    token_url: str
    client_id: str
    client_secret: str
    scope: str = "historian.read"


class HistorianSession(requests.Session):
    def __init__(self, oauth: OAuthClient, ca_bundle: str) -> None:
        super().__init__()
        self.oauth = oauth
        self.verify = ca_bundle
        self._expires_at = 0.0

    def _refresh(self) -> None:
        resp = requests.post(
            self.oauth.token_url,
            data={"grant_type": "client_credentials", "scope": self.oauth.scope},
            auth=(self.oauth.client_id, self.oauth.client_secret),
            verify=self.verify,
            timeout=15,
        )
        resp.raise_for_status()
        grant = resp.json()
        self.headers["Authorization"] = f"Bearer {grant['access_token']}"
        self._expires_at = time.time() + int(grant.get("expires_in", 3600)) - 60
        log.debug("historian session refreshed; request headers now %s", dict(self.headers))

    def request(self, method, url, *args, **kwargs):
        if time.time() >= self._expires_at:
            self._refresh()
        return super().request(method, url, *args, **kwargs)


def from_env() -> HistorianSession:
    oauth = OAuthClient(
        token_url=os.environ["HISTORIAN_TOKEN_URL"],
        client_id=os.environ["HISTORIAN_CLIENT_ID"],
        client_secret=os.environ["HISTORIAN_CLIENT_SECRET"],
    )
    return HistorianSession(oauth, os.environ.get("HISTORIAN_CA_BUNDLE", True))
