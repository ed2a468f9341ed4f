"""OAuth client-credentials token for the tourism board's booking hub.

Sightseeing cruises are also sold through the regional tourism board's
booking hub. Our availability pusher needs a short-lived access token from
the hub, which is refreshed shortly before it expires.
"""
import logging
import os
import threading
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("partners.tourism_hub")

TOKEN_URL = os.environ.get("TOURISM_HUB_TOKEN_URL", "https://auth.tourismhub.example/oauth/token")
REFRESH_MARGIN_S = 120


@dataclass
class HubToken:
    access_token: str
    expires_at: float
    scope: str

    def fresh(self) -> bool:
        return time.time() < self.expires_at - REFRESH_MARGIN_S


class TourismHubAuth:
    def __init__(self):
        self._client_id = os.environ["TOURISM_HUB_CLIENT_ID"]
        self._client_secret = os.environ["TOURISM_HUB_CLIENT_SECRET"]
        self._token: HubToken | None = None
        self._lock = threading.Lock()

    def _request_token(self) -> HubToken:
        resp = requests.post(
            TOKEN_URL,
            data={"grant_type": "client_credentials", "scope": "availability:write"},
            auth=(self._client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        token = HubToken(body["access_token"], time.time() + int(body["expires_in"]), body.get("scope", ""))
        log.info(
            "tourism hub token refreshed for client %s, scope=%s, valid for %ss",
            self._client_id,
            token.scope,
            body["expires_in"],
        )
        return token

    def bearer(self) -> str:
        with self._lock:
            if self._token is None or not self._token.fresh():
                self._token = self._request_token()
            return self._token.access_token

    def session(self) -> requests.Session:
        s = requests.Session()
        s.headers["Authorization"] = f"Bearer {self.bearer()}"
        return s
