"""Bearer-token auth for airline NDC connections, as a requests auth hook."""
import logging
import threading
import time

import requests

log = logging.getLogger(__name__)

_REDACTED = "***"
SENSITIVE_HEADERS = {"authorization", "x-api-key"}


def redact_headers(headers) -> dict[str, str]:
    return {k: (_REDACTED if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class NdcBearerAuth(requests.auth.AuthBase):
    def __init__(self, token_url: str, client_id: str, client_secret: str, scope: str = "ndc"):
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._scope = scope
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _refresh(self) -> None:
        resp = requests.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": self._scope},
            auth=(self._client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        expires_in = int(body.get("expires_in", 1800))
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + expires_in - 60
        log.info("NDC token refreshed for client %s, scope=%s, expires in %ss",
                 self._client_id, body.get("scope", self._scope), expires_in)

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._refresh()
            request.headers["Authorization"] = f"Bearer {self._token}"
        log.debug("NDC %s %s headers=%s", request.method, request.url, redact_headers(request.headers))
        return request
