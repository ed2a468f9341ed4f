"""First-boot provisioning agent.

Exchanges the factory claim token for per-device MQTT credentials and
stores them where the uplink service expects to find them.
"""
import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import requests

log = logging.getLogger("provisioning")

CREDENTIALS_PATH = Path(os.environ.get("GATEWAY_CREDENTIALS", "/etc/gateway/credentials.json"))


@dataclass
class Credentials:
    device_id: str
    mqtt_username: str
    mqtt_password: str
    broker_host: str


class ProvisioningAgent:
    def __init__(self, api_base: str, serial: str, ca_bundle: str | None = None):
        self.api = api_base.rstrip("/")
        self.serial = serial
        self.http = requests.Session()
        if ca_bundle:
            self.http.verify = ca_bundle

    def enroll(self, claim_token: str) -> Credentials:
        resp = self.http.post(
            f"{self.api}/v1/enroll",
            json={"serial": self.serial},
            headers={"Authorization": f"Bearer {claim_token}"},
            timeout=20,
        )
        resp.raise_for_status()
        body = resp.json()
        creds = Credentials(
            device_id=body["device_id"],
            mqtt_username=body["mqtt"]["username"],
            mqtt_password=body["mqtt"]["password"],
            broker_host=body["mqtt"]["host"],
        )
        log.debug("enrolled %s as %s (mqtt password %s)", self.serial, creds.mqtt_username, creds.mqtt_password)
        self._store(creds)
        return creds

    def _store(self, creds: Credentials) -> None:
        CREDENTIALS_PATH.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(CREDENTIALS_PATH, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump(asdict(creds), fh)
        log.info("credentials stored for device %s", creds.device_id)

    @staticmethod
    def is_provisioned() -> bool:
        return CREDENTIALS_PATH.is_file()
