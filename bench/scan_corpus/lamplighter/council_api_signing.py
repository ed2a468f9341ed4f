"""Request signing for the council's asset-management API.

The council requires every call from a maintenance contractor to carry a
client id, a timestamp and an HMAC of the canonical request so that work
orders cannot be replayed or forged.
"""
from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass
from urllib.parse import urlencode

import requests

from lamplighter.settings import settings


@dataclass(frozen=True)
class PortalCredentials:
    client_id: str = "lamplighter-contractor-07"
    signing_secret: str = "c7f1e9a04b2d4f6e8a13d5b9e0c2f7a6d41e8b2c"
    base_url: str = settings.COUNCIL_ASSET_API_URL


def canonical_request(method: str, path: str, query: dict, body: bytes, ts: str) -> bytes:
    qs = urlencode(sorted(query.items()))
    body_hash = hashlib.sha256(body).hexdigest()
    return "\n".join([method.upper(), path, qs, ts, body_hash]).encode("utf-8")


class SignedPortalSession(requests.Session):
    def __init__(self, creds: PortalCredentials = PortalCredentials()) -> None:
        super().__init__()
        self.creds = creds

    def signed(self, method: str, path: str, query: dict | None = None, body: bytes = b"") -> requests.Response:
        query = query or {}
        ts = str(int(time.time()))
        msg = canonical_request(method, path, query, body, ts)
        signature = hmac.new(self.creds.signing_secret.encode(), msg, hashlib.sha256).hexdigest()
        headers = {
            "X-Client-Id": self.creds.client_id,
            "X-Timestamp": ts,
            "X-Signature": signature,
            "Content-Type": "application/json",
        }
        return self.request(method, self.creds.base_url + path, params=query, data=body, headers=headers, timeout=30)


def fetch_work_orders(since: str) -> list[dict]:
    session = SignedPortalSession()
    resp = session.signed("GET", "/v2/streetlighting/work-orders", {"since": since, "status": "issued"})
    resp.raise_for_status()
    return resp.json()["items"]
