"""Media service wrapper used by the course editor to attach lecture videos."""
import os
from dataclasses import dataclass

import requests

SECRET_ENV = "MEDIAHUB_ADMIN_SECRET"
BASE_URL_ENV = "MEDIAHUB_BASE_URL"


@dataclass(frozen=True)
class MediaHubConfig:
    base_url: str
    partner_id: int
    admin_secret: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "MediaHubConfig":
        return cls(
            base_url=os.environ[BASE_URL_ENV].rstrip("/"),
            partner_id=int(os.environ["MEDIAHUB_PARTNER_ID"]),
            admin_secret=os.environ[SECRET_ENV],
        )


class MediaService:
    def __init__(self, config: MediaHubConfig | None = None):
        self.config = config or MediaHubConfig.from_env()
        self._http = requests.Session()

    def _start_session(self) -> str:
        resp = self._http.post(
            f"{self.config.base_url}/api_v3/service/session/action/start",
            data={
                "format": 1,
                "secret": self.config.admin_secret,
                "partnerId": self.config.partner_id,
                "type": 2,
                "expiry": 900,
            },
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def entry_metadata(self, entry_id: str) -> dict:
        resp = self._http.post(
            f"{self.config.base_url}/api_v3/service/media/action/get",
            data={"format": 1, "ks": self._start_session(), "entryId": entry_id},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()
