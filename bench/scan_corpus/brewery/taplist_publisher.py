"""Publish the current taproom tap list to the menu-board service."""
from __future__ import annotations

import os

import requests

API_KEY_ENV = "MENUBOARD_API_KEY"
API_URL_ENV = "MENUBOARD_API_URL"
AUTH_HEADER = "X-Api-Key"


class MenuBoardPublisher:
    def __init__(self, api_url: str | None = None, api_key: str | None = None):
        self.api_url = (api_url or os.environ[API_URL_ENV]).rstrip("/")
        api_key = api_key or os.environ.get(API_KEY_ENV)
        if not api_key:
            raise RuntimeError(f"{API_KEY_ENV} is not set")
        self.session = requests.Session()
        self.session.headers[AUTH_HEADER] = api_key

    def publish(self, location_id: str, taps: list[dict]) -> None:
        items = [
            {
                "position": t["line"],
                "name": t["beer_name"],
                "style": t["style"],
                "abv": round(t["abv"], 1),
                "prices": t["prices"],
                "low": t["percent_left"] < 15,
            }
            for t in taps
        ]
        resp = self.session.put(
            f"{self.api_url}/locations/{location_id}/menu",
            json={"items": items},
            timeout=15,
        )
        resp.raise_for_status()
