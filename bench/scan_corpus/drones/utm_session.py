"""OAuth client-credentials session for the UTM service provider API."""
import os
import time

import requests
import structlog

log = structlog.get_logger(__name__)

DEFAULT_SCOPE = "utm.strategic_coordination"


class UTMSession:
    def __init__(self, token_url=None, client_id=None, client_secret=None, scope=DEFAULT_SCOPE):
        self.token_url = token_url or os.environ["UTM_TOKEN_URL"]
        self.client_id = client_id or os.environ["UTM_CLIENT_ID"]
        self.client_secret = client_secret or os.environ["UTM_CLIENT_SECRET"]
        self.scope = scope
        self._token = None
        self._expires_at = 0.0
        self.http = requests.Session()

    def _refresh(self) -> None:
        resp = self.http.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self.client_id, self.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        data = resp.json()
        self._token = data["access_token"]
        self._expires_at = time.time() + int(data.get("expires_in", 3600)) - 30
        log.info("utm_token_refreshed", client_id=self.client_id, token=self._token, expires_in=data.get("expires_in"))

    def headers(self) -> dict:
        if self._token is None or time.time() >= self._expires_at:
            self._refresh()
        return {"Authorization": f"Bearer {self._token}"}

    def put_operational_intent(self, base_url: str, intent: dict) -> dict:
        url = f"{base_url.rstrip('/')}/dss/v1/operational_intent_references/{intent['id']}"
        resp = self.http.put(url, json=intent, headers=self.headers(), timeout=15)
        resp.raise_for_status()
        return resp.json()
