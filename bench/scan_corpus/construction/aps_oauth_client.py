"""OAuth2 client-credentials helper for the BIM cloud platform (APS).

Credentials are injected by the deployment from the secrets manager as
APS_CLIENT_ID / APS_CLIENT_SECRET.
"""
import os
import threading
import time

import requests

TOKEN_URL = "https://developer.api.autodesk.com/authentication/v2/token"
GRANT_TYPE = "client_credentials"
DEFAULT_SCOPES = ("data:read", "viewables:read")
CLIENT_SECRET_ENV = "APS_CLIENT_SECRET"


class ApsTokenProvider:
    def __init__(self, scopes=DEFAULT_SCOPES, session: requests.Session | None = None):
        self.client_id = os.environ["APS_CLIENT_ID"]
        self._client_secret = os.environ[CLIENT_SECRET_ENV]
        self.scopes = " ".join(scopes)
        self._http = session or requests.Session()
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _fetch(self) -> None:
        resp = self._http.post(
            TOKEN_URL,
            data={"grant_type": GRANT_TYPE, "scope": self.scopes},
            auth=(self.client_id, self._client_secret),
            timeout=20,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body["expires_in"])

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - 120:
                self._fetch()
            return self._token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}
