"""Driver licence lookups against the regional licensing authority gateway.

The gateway's certificate is issued by the authority's own CA, so the
client pins that CA bundle instead of the system trust store.
"""
from __future__ import annotations

import os
from typing import Any

import httpx


def _client_options() -> dict[str, Any]:
    return {
        "timeout": httpx.Timeout(10.0, connect=3.0),
        "verify": os.environ.get("LICENSING_GATEWAY_CA_BUNDLE") or True,
        "http2": False,
    }


class LicenceLookup:
    def __init__(self, base_url: str, client_id: str, client_secret: str, **overrides: Any):
        options = {**_client_options(), **overrides}
        self._http = httpx.Client(base_url=base_url, auth=(client_id, client_secret), **options)

    def lookup(self, licence_number: str, date_of_birth: str) -> dict:
        resp = self._http.get(
            "/licences/status",
            params={"number": licence_number, "dob": date_of_birth},
        )
        if resp.status_code == 404:
            return {"found": False}
        resp.raise_for_status()
        data = resp.json()
        return {
            "found": True,
            "status": data["status"],
            "categories": data.get("entitlements", []),
            "expires": data.get("validTo"),
        }

    def close(self) -> None:
        self._http.close()
