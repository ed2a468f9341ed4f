"""Nightly sync of club skaters' registrations with the national skating federation.

The federation's registration API confirms each skater's licence
number and insurance status before they can enter competitions.
"""
from __future__ import annotations

import json
import os
import ssl
import urllib.request
from dataclasses import dataclass
from typing import Any, Iterable

SYNC_SETTINGS: dict[str, Any] = {
    "base_url": os.environ.get("FEDERATION_API_URL", ""),
    "timeout": 20,
    "tls_floor": "TLSv1",
    "ca_file": os.environ.get("FEDERATION_CA_FILE"),
}


@dataclass
class SkaterRegistration:
    membership_no: str
    federation_licence: str
    discipline: str


def _tls_context(settings: dict[str, Any]) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings["ca_file"])
    ctx.minimum_version = getattr(ssl.TLSVersion, settings["tls_floor"])
    return ctx


class FederationClient:
    def __init__(self, api_key: str, settings: dict[str, Any] = SYNC_SETTINGS) -> None:
        self._settings = settings
        self._api_key = api_key
        self._ctx = _tls_context(settings)

    def _post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        req = urllib.request.Request(
            self._settings["base_url"].rstrip("/") + path,
            data=json.dumps(payload).encode(),
            headers={
                "Content-Type": "application/json",
                "X-Api-Key": self._api_key,
            },
            method="POST",
        )
        with urllib.request.urlopen(
            req, context=self._ctx, timeout=self._settings["timeout"]
        ) as resp:
            return json.load(resp)

    def confirm(self, regs: Iterable[SkaterRegistration]) -> list[dict[str, Any]]:
        batch = [r.__dict__ for r in regs]
        return self._post("/v2/registrations/confirm", {"skaters": batch})["results"]


if __name__ == "__main__":
    client = FederationClient(os.environ["FEDERATION_API_KEY"])
    print(client.confirm([SkaterRegistration("M1042", "NSF-778812", "figure")]))
