"""Client used by apiary gateways to push hive-weight data to the Skepmaker cloud."""
import logging

import requests

from skepmaker.gateway.config import load_gateway_config

log = logging.getLogger("gateway.http")


def _log_outgoing(response: requests.Response, *args, **kwargs) -> None:
    sent = response.request
    log.debug(
        "%s %s -> %s headers=%s",
        sent.method,
        sent.url,
        response.status_code,
        dict(sent.headers),
    )


class CloudClient:
    def __init__(self, config=None):
        self.config = config or load_gateway_config()
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Token {self.config.device_token}",
            "User-Agent": f"skep-gateway/{self.config.firmware_version}",
        })
        self.session.hooks["response"].append(_log_outgoing)

    def push_readings(self, readings: list) -> int:
        response = self.session.post(
            f"{self.config.cloud_url}/v1/gateways/{self.config.gateway_id}/readings",
            json={"readings": readings},
            timeout=20,
        )
        response.raise_for_status()
        return response.json()["accepted"]

    def fetch_schedule(self) -> dict:
        response = self.session.get(
            f"{self.config.cloud_url}/v1/gateways/{self.config.gateway_id}/schedule",
            timeout=10,
        )
        response.raise_for_status()
        return response.json()
