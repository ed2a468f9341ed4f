"""Client for pulling members' erg workouts from the Concept2 Logbook API."""

import logging
import os
import time

import requests

logger = logging.getLogger(__name__)

API_BASE = "https://log.concept2.com/api"
TOKEN_URL = "https://log.concept2.com/oauth/access_token"


class LogbookClient:
    def __init__(self, refresh_token, timeout=20):
        self.timeout = timeout
        self._refresh_token = refresh_token
        self._access_token = None
        self._expires_at = 0.0
        self._http = requests.Session()
        self._http.headers["Accept"] = "application/json"

    def _refresh(self):
        resp = self._http.post(
            TOKEN_URL,
            data={
                "grant_type": "refresh_token",
                "refresh_token": self._refresh_token,
                "client_id": os.environ["C2_CLIENT_ID"],
                "client_secret": os.environ["C2_CLIENT_SECRET"],
            },
            timeout=self.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._access_token = body["access_token"]
        self._refresh_token = body.get("refresh_token", self._refresh_token)
        self._expires_at = time.time() + int(body.get("expires_in", 3600))
        logger.info(
            "Refreshed logbook token (scope=%s, expires_in=%ss)",
            body.get("scope", "?"),
            body.get("expires_in"),
        )

    def _headers(self):
        if self._access_token is None or time.time() > self._expires_at - 60:
            self._refresh()
        return {"Authorization": "Bearer " + self._access_token}

    def workouts(self, user_id="me", since=None):
        """Return every rower result for the user, following pagination links."""
        params = {"type": "rower"}
        if since is not None:
            params["from"] = since.isoformat()
        url = f"{API_BASE}/users/{user_id}/results"
        results = []
        while url:
            resp = self._http.get(url, headers=self._headers(), params=params, timeout=self.timeout)
            resp.raise_for_status()
            page = resp.json()
            results.extend(page.get("data", []))
            url = page.get("meta", {}).get("pagination", {}).get("links", {}).get("next")
            params = None
        logger.debug("Fetched %d workouts for user %s", len(results), user_id)
        return results

    def best_2k(self, user_id="me"):
        pieces = [w for w in self.workouts(user_id) if w.get("distance") == 2000]
        if not pieces:
            return None
        return min(pieces, key=lambda w: w["time"])
