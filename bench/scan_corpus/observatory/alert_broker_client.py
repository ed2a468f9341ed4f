"""Client for the transient broker's REST API used by the follow-up planner."""
import os
from typing import Any

import requests

TOKEN_ENV_VAR = "BROKER_API_TOKEN"
URL_ENV_VAR = "BROKER_API_URL"
AUTH_HEADER = "Authorization"
TOKEN_PREFIX = "Token"


class MissingCredentials(RuntimeError):
    pass


class AlertBrokerClient:
    def __init__(self, base_url: str | None = None, token: str | None = None, timeout: float = 30):
        token = token or os.environ.get(TOKEN_ENV_VAR)
        if not token:
            raise MissingCredentials(f"set {TOKEN_ENV_VAR} or pass token=")
        self.base_url = (base_url or os.environ[URL_ENV_VAR]).rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers[AUTH_HEADER] = f"{TOKEN_PREFIX} {token}"

    def _get(self, path: str, **params: Any) -> Any:
        resp = self._session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def lightcurve(self, object_id: str) -> list[dict]:
        return self._get("/objects/", objectId=object_id)["candidates"]

    def cone(self, ra: float, dec: float, radius_arcsec: float = 5.0) -> list[dict]:
        return self._get("/cone/", ra=ra, dec=dec, radius=radius_arcsec)

    def close(self) -> None:
        self._session.close()
