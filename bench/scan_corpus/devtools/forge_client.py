"""Thin client for the forge REST API used by the review bot."""
import logging
import os
import time
from dataclasses import dataclass
from datetime import datetime

import jwt
import requests

log = logging.getLogger("reviewbot.forge")


def _parse_ts(value: str) -> float:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


@dataclass
class InstallationToken:
    value: str
    expires_at: float

    def fresh(self, margin: int = 120) -> bool:
        return time.time() + margin < self.expires_at


class ForgeClient:
    def __init__(self, api_url: str, app_id: str, private_key_path: str):
        self.api_url = api_url.rstrip("/")
        self.app_id = app_id
        with open(private_key_path, "rb") as fh:
            self._private_key = fh.read()
        self._tokens: dict[int, InstallationToken] = {}
        self.http = requests.Session()
        self.http.headers["Accept"] = "application/vnd.github+json"

    @classmethod
    def from_env(cls) -> "ForgeClient":
        return cls(
            os.environ["FORGE_API_URL"],
            os.environ["REVIEWBOT_APP_ID"],
            os.environ["REVIEWBOT_PRIVATE_KEY_PATH"],
        )

    def _app_jwt(self) -> str:
        now = int(time.time())
        claims = {"iat": now - 60, "exp": now + 540, "iss": self.app_id}
        return jwt.encode(claims, self._private_key, algorithm="RS256")

    def _installation_token(self, installation_id: int) -> str:
        cached = self._tokens.get(installation_id)
        if cached and cached.fresh():
            return cached.value
        resp = self.http.post(
            f"{self.api_url}/app/installations/{installation_id}/access_tokens",
            headers={"Authorization": f"Bearer {self._app_jwt()}"},
            timeout=10,
        )
        resp.raise_for_status()
        data = resp.json()
        token = InstallationToken(data["token"], _parse_ts(data["expires_at"]))
        self._tokens[installation_id] = token
        log.debug("installation %s token %s valid until %s", installation_id, token.value, data["expires_at"])
        return token.value

    def post_review(self, installation_id: int, repo: str, number: int, body: str, comments: list[dict]) -> int:
        token = self._installation_token(installation_id)
        resp = self.http.post(
            f"{self.api_url}/repos/{repo}/pulls/{number}/reviews",
            headers={"Authorization": f"token {token}"},
            json={"body": body, "event": "COMMENT", "comments": comments},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["id"]
