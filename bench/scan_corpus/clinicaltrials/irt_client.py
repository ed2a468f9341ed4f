"""Client for the randomisation and trial supply (IRT) vendor API.

Used by the EDC randomisation form and by the nightly supply
reconciliation job. The base URL and API key come from the study's
integration settings.
"""
import json
import ssl
import urllib.request
from typing import Any

# APAC failover gateway only negotiates TLS 1.0/1.1 until the vendor upgrade
IRT_TLS_FLOOR = ssl.TLSVersion.TLSv1

USER_AGENT = "cro-edc-irt/3.2"


class IRTError(RuntimeError):
    pass


class IRTClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self._api_key = api_key
        self._timeout = timeout
        self._ctx = ssl.create_default_context()
        self._ctx.minimum_version = IRT_TLS_FLOOR

    def _request(self, method: str, path: str, payload: dict | None = None) -> Any:
        body = json.dumps(payload).encode() if payload is not None else None
        req = urllib.request.Request(
            f"{self.base_url}{path}",
            data=body,
            method=method,
            headers={
                "Authorization": f"ApiKey {self._api_key}",
                "Content-Type": "application/json",
                "User-Agent": USER_AGENT,
            },
        )
        with urllib.request.urlopen(req, context=self._ctx, timeout=self._timeout) as resp:
            if resp.status >= 300:
                raise IRTError(f"{method} {path} -> {resp.status}")
            return json.loads(resp.read() or b"null")

    def randomise(self, study: str, site: str, subject: str, strata: dict) -> dict:
        return self._request(
            "POST",
            f"/studies/{study}/randomisations",
            {"site": site, "subject": subject, "strata": strata},
        )

    def kit_for_visit(self, study: str, subject: str, visit: str) -> dict:
        return self._request("POST", f"/studies/{study}/subjects/{subject}/dispense", {"visit": visit})
