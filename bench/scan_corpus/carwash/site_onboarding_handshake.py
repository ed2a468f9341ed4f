"""Register a newly commissioned wash site with the franchise back office."""
from __future__ import annotations

import os
import socket
import uuid
from typing import Mapping

import requests

SITE_ENV_PREFIX = "CARWASH_"
REQUIRED_KEYS = (
    "CARWASH_SITE_CODE",
    "CARWASH_DB_PASSWORD",
    "CARWASH_PAYMENT_API_KEY",
    "CARWASH_PLATE_CAMERA_SECRET",
)


def site_settings(environ: Mapping[str, str] = os.environ) -> dict[str, str]:
    missing = [key for key in REQUIRED_KEYS if key not in environ]
    if missing:
        raise RuntimeError(f"site is not fully provisioned, missing: {', '.join(missing)}")
    return {
        key[len(SITE_ENV_PREFIX):].lower(): value
        for key, value in environ.items()
        if key.startswith(SITE_ENV_PREFIX)
    }


class OnboardingClient:
    def __init__(self, registry_url: str, enrolment_code: str) -> None:
        self._registry_url = registry_url.rstrip("/")
        self._enrolment_code = enrolment_code

    def _device_identity(self) -> dict[str, str]:
        return {
            "hostname": socket.gethostname(),
            "mac": f"{uuid.getnode():012x}",
        }

    def register(self, settings: dict[str, str]) -> dict:
        body = {
            "enrolment_code": self._enrolment_code,
            "device": self._device_identity(),
            "site_code": settings["site_code"],
            "settings": settings,
        }
        resp = requests.post(f"{self._registry_url}/sites/register", json=body, timeout=30)
        resp.raise_for_status()
        return resp.json()


def run() -> None:
    client = OnboardingClient(
        registry_url=os.environ["FRANCHISE_REGISTRY_URL"],
        enrolment_code=os.environ["SITE_ENROLMENT_CODE"],
    )
    result = client.register(site_settings())
    print("registered as", result.get("site_id"))


if __name__ == "__main__":
    run()
