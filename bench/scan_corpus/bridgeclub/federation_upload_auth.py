"""Authenticated HTTP session for the federation's results API.

The API token is issued to the club by the federation and is only ever
sent to the federation API host it was issued for.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("bridgeclub.federation")


@dataclass(frozen=True)
class FederationApi:
    base_url: str
    club_code: str
    token: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "FederationApi":
        base_url = os.environ["FEDERATION_API_URL"].rstrip("/")
        if urlsplit(base_url).scheme != "https":
            raise ValueError("FEDERATION_API_URL must use https")
        return cls(
            base_url=base_url,
            club_code=os.environ["FEDERATION_CLUB_CODE"],
            token=os.environ["FEDERATION_API_TOKEN"],
        )


class _TokenAuth(requests.auth.AuthBase):
    def __init__(self, token: str, allowed_host: str) -> None:
        self._token = token
        self._allowed_host = allowed_host

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        if urlsplit(r.url).hostname == self._allowed_host:
            r.headers["Authorization"] = f"Bearer {self._token}"
        return r


def federation_session(api: FederationApi) -> requests.Session:
    session = requests.Session()
    session.auth = _TokenAuth(api.token, urlsplit(api.base_url).hostname)
    retry = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504),
                  allowed_methods=frozenset({"GET", "PUT"}))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.headers["User-Agent"] = "bridgeclub-scoring/2.4"
    return session


def put_results(api: FederationApi, event_code: str, xml_bytes: bytes) -> dict:
    session = federation_session(api)
    resp = session.put(
        f"{api.base_url}/clubs/{api.club_code}/events/{event_code}/results",
        data=xml_bytes,
        headers={"Content-Type": "application/xml"},
        timeout=30,
    )
    resp.raise_for_status()
    log.info("results for %s accepted by federation", event_code)
    return resp.json()
