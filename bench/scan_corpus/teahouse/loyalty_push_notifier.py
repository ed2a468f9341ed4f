"""Send loyalty-app push notifications (points earned, seasonal first-flush releases)."""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import jwt


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class ApnsSettings:
    team_id: str = field(default_factory=lambda: _required("APNS_TEAM_ID"))
    key_id: str = field(default_factory=lambda: _required("APNS_KEY_ID"))
    key_path: Path = field(default_factory=lambda: Path(_required("APNS_KEY_FILE")))
    topic: str = "com.leafandkettle.loyalty"
    host: str = "https://api.push.apple.com"


class PushNotifier:
    def __init__(self, settings: ApnsSettings | None = None) -> None:
        self.settings = settings or ApnsSettings()
        self._signing_key = self.settings.key_path.read_text()
        self._client = httpx.Client(http2=True, timeout=10.0)
        self._token: tuple[str, float] | None = None

    def _provider_token(self) -> str:
        if self._token and time.time() - self._token[1] < 50 * 60:
            return self._token[0]
        issued = time.time()
        token = jwt.encode(
            {"iss": self.settings.team_id, "iat": int(issued)},
            self._signing_key,
            algorithm="ES256",
            headers={"kid": self.settings.key_id},
        )
        self._token = (token, issued)
        return token

    def send(self, device_token: str, title: str, body: str, points: int | None = None) -> int:
        payload = {"aps": {"alert": {"title": title, "body": body}, "sound": "default"}}
        if points is not None:
            payload["points"] = points
        resp = self._client.post(
            f"{self.settings.host}/3/device/{device_token}",
            content=json.dumps(payload),
            headers={
                "authorization": f"bearer {self._provider_token()}",
                "apns-topic": self.settings.topic,
                "apns-push-type": "alert",
            },
        )
        return resp.status_code
