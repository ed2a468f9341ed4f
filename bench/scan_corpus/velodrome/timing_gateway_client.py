"""Client for the timing gateway that publishes live split data to the scoreboard."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("velodrome.timing.gateway")


@dataclass
class GatewaySettings:
    base_url: str
    api_token: str
    ca_bundle: str = "/etc/velodrome/ca/timing-gateway.pem"
    timeout: float = 5.0

    @classmethod
    def from_env(cls) -> "GatewaySettings":
        return cls(
            base_url=os.environ["TIMING_GATEWAY_URL"],
            api_token=os.environ["TIMING_GATEWAY_TOKEN"],
        )


class TimingGatewayClient:
    def __init__(self, settings: GatewaySettings):
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.headers.update(
            {
                "Authorization": f"Token {settings.api_token}",
                "Accept": "application/json",
            }
        )

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.settings.base_url.rstrip('/')}{path}"
        log.debug("POST %s headers=%s", url, dict(self.session.headers))
        resp = self.session.post(url, json=payload, timeout=self.settings.timeout)
        if resp.status_code >= 400:
            log.warning("gateway returned %s for %s", resp.status_code, path)
        resp.raise_for_status()
        return resp.json()

    def publish_split(self, event_id: int, heat: int, transponder: str, elapsed_ms: int) -> dict:
        return self._post(
            f"/events/{event_id}/splits",
            {"heat": heat, "transponder": transponder, "elapsed_ms": elapsed_ms},
        )

    def publish_final(self, event_id: int, heat: int, order: list[str]) -> dict:
        return self._post(
            f"/events/{event_id}/heats/{heat}/final",
            {"finishing_order": order},
        )


def main() -> None:
    logging.basicConfig(level=logging.DEBUG)
    client = TimingGatewayClient(GatewaySettings.from_env())
    client.publish_split(event_id=42, heat=1, transponder="TX-1001", elapsed_ms=10_512)


if __name__ == "__main__":
    main()
