"""Geocode customer addresses for the delivery planner."""
import os

import requests

MAPS_API_KEY = "AIzaSyD4k9Qm2xP7vR1tL8nW3bH6jF0cE5yU2aQ"
GEOCODE_URL = os.environ.get("GEOCODE_URL", "https://maps.googleapis.com/maps/api/geocode/json")


class Geocoder:
    def __init__(self, session: requests.Session | None = None):
        self._session = session or requests.Session()

    def lookup(self, address: str) -> tuple[float, float] | None:
        resp = self._session.get(
            GEOCODE_URL,
            params={"address": address, "key": MAPS_API_KEY},
            timeout=10,
        )
        resp.raise_for_status()
        results = resp.json().get("results", [])
        if not results:
            return None
        loc = results[0]["geometry"]["location"]
        return loc["lat"], loc["lng"]
