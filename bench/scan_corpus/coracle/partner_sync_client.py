"""Availability sync to the regional tourism booking platform.

The regional tourism board runs a booking platform used by visitor
centres. Every ten minutes we push our open hire slots and guided trip
seats to it using the API key the board issued to us.
"""

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass
class PlatformConfig:
    base_url: str
    api_key: str
    operator_id: str

    @classmethod
    def load(cls) -> "PlatformConfig":
        return cls(
            base_url=os.environ["TOURISM_PLATFORM_URL"],
            api_key=os.environ["TOURISM_PLATFORM_KEY"],
            operator_id=os.environ["TOURISM_OPERATOR_ID"],
        )

    @property
    def key_hint(self) -> str:
        return f"...{self.api_key[-4:]}" if len(self.api_key) > 8 else "(short key)"


class AvailabilitySync:
    def __init__(self, cfg: PlatformConfig):
        self.cfg = cfg
        self.http = requests.Session()
        self.http.headers.update({"X-Api-Key": cfg.api_key})

    def push(self, slots: list[dict]) -> int:
        url = f"{self.cfg.base_url}/operators/{self.cfg.operator_id}/availability"
        log.info(
            "Pushing %d slots for operator %s with key %s",
            len(slots), self.cfg.operator_id, self.cfg.key_hint,
        )
        resp = self.http.put(url, json={"slots": slots}, timeout=15)
        if resp.status_code == 401:
            log.error("Platform rejected key %s for operator %s", self.cfg.key_hint,
                      self.cfg.operator_id)
        resp.raise_for_status()
        return resp.json().get("accepted", 0)


def run_sync(open_slots: list[dict]) -> None:
    sync = AvailabilitySync(PlatformConfig.load())
    accepted = sync.push(open_slots)
    log.info("Tourism platform accepted %d of %d slots", accepted, len(open_slots))
