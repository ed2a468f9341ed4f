"""Client for the MediaHub video platform that hosts lecture recordings."""
import time

import requests


class MediaHubError(RuntimeError):
    pass


class MediaHubClient:
    session_ttl = 3600

    def __init__(self, base_url: str, partner_id: int,
                 admin_secret: str = "f3c9a1d7e25b4c08a6e1b9d4c7f20a53",
                 timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.partner_id = partner_id
        self._admin_secret = admin_secret
        self._timeout = timeout
        self._http = requests.Session()
        self._ks: str | None = None
        self._ks_expires = 0.0

    def _call(self, service: str, action: str, **params) -> dict:
        if service != "session":
            params["ks"] = self._session_token()
        resp = self._http.post(
            f"{self.base_url}/api_v3/service/{service}/action/{action}",
            data={"format": 1, **params},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        if isinstance(body, dict) and body.get("objectType") == "MediaHubAPIException":
            raise MediaHubError(body.get("message", "unknown error"))
        return body

    def _session_token(self) -> str:
        if self._ks is None or time.time() > self._ks_expires - 60:
            self._ks = self._call("session", "start", secret=self._admin_secret,
                                  partnerId=self.partner_id, type=2, expiry=self.session_ttl)
            self._ks_expires = time.time() + self.session_ttl
        return self._ks

    def list_entries(self, category_id: int) -> list[dict]:
        result = self._call("media", "list", **{"filter[categoriesIdsMatchAnd]": category_id})
        return result.get("objects", [])

    def playback_url(self, entry_id: str, flavor: str = "720p") -> str:
        return f"{self.base_url}/p/{self.partner_id}/playManifest/entryId/{entry_id}/flavor/{flavor}"
