"""HTTPS session for the harbour authority tide-gauge feed used by the lesson planner."""
from __future__ import annotations

import ssl
from dataclasses import dataclass
from typing import Any, Dict, List

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.ssl_ import create_urllib3_context

TIDE_FEED_URL = "https://tides.harbourauthority.example.gov.au/api/v2/stations/{station}/predictions"


@dataclass(frozen=True)
class TlsProfile:
    minimum: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    ciphers: str = "HIGH:!aNULL:!MD5"


class TideFeedAdapter(HTTPAdapter):
    """Adapter so the legacy gauge gateway keeps working after OS upgrades."""

    def __init__(self, profile: TlsProfile = TlsProfile(), **kwargs: Any) -> None:
        self._profile = profile
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        ctx = create_urllib3_context(ciphers=self._profile.ciphers)
        ctx.minimum_version = self._profile.minimum
        kwargs["ssl_context"] = ctx
        super().init_poolmanager(*args, **kwargs)


def build_session() -> requests.Session:
    session = requests.Session()
    session.mount("https://tides.harbourauthority.example.gov.au", TideFeedAdapter())
    session.headers["User-Agent"] = "saltline-lesson-planner/3.4"
    return session


def fetch_predictions(station: str, days: int = 3) -> List[Dict[str, Any]]:
    resp = build_session().get(
        TIDE_FEED_URL.format(station=station), params={"days": days, "interval": "hilo"}, timeout=15
    )
    resp.raise_for_status()
    return [
        {"time": p["t"], "height_m": float(p["v"]), "type": p["type"]}
        for p in resp.json().get("predictions", [])
    ]


if __name__ == "__main__":
    for row in fetch_predictions("NEWC-04"):
        print(row)
