"""Registers GPS collars for the sled dogs with the tracking vendor's cloud."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("collars")


@dataclass
class Collar:
    imei: str
    dog_chip: str
    dog_name: str
    api_key: str = ""


class VendorCloud:
    def __init__(self, base_url: str, account_token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Token {account_token}"

    def register(self, collar: Collar) -> str:
        resp = self._session.post(
            f"{self.base_url}/devices",
            json={"imei": collar.imei, "label": f"{collar.dog_name} ({collar.dog_chip})"},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()["device_key"]


def describe(collar: Collar) -> str:
    return f"imei={collar.imei} dog={collar.dog_name} chip={collar.dog_chip} key={collar.api_key}"


class CollarProvisioner:
    def __init__(self, cloud: VendorCloud) -> None:
        self._cloud = cloud
        self.collars: dict[str, Collar] = {}

    def provision(self, collar: Collar) -> Collar:
        collar.api_key = self._cloud.register(collar)
        self.collars[collar.imei] = collar
        log.info("collar provisioned: %s", describe(collar))
        return collar


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, filename="/var/log/kennel/collars.log")
    provisioner = CollarProvisioner(VendorCloud(os.environ["PAWTRACK_API_URL"], os.environ["PAWTRACK_ACCOUNT_TOKEN"]))
    provisioner.provision(Collar(imei="356938035643809", dog_chip="578097801234567", dog_name="Balto"))
