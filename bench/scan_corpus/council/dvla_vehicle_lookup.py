"""Vehicle enquiry lookups used when validating parking permit applications.

Checks that the registration on a permit application exists and reads the
CO2 figure used for emissions-based permit pricing.
"""
import logging
import os
import re

import requests

log = logging.getLogger("parking.dvla")

VRM_RE = re.compile(r"^[A-Z0-9]{2,8}$")


class VehicleLookup:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self.base_url = base_url or os.environ["DVLA_VES_URL"]
        self._api_key = api_key or os.environ["DVLA_VES_API_KEY"]
        self._session = requests.Session()
        self._session.headers.update({"x-api-key": self._api_key, "Accept": "application/json"})

    def lookup(self, vrm: str) -> dict | None:
        vrm = vrm.replace(" ", "").upper()
        if not VRM_RE.fullmatch(vrm):
            raise ValueError("invalid registration")

        resp = self._session.post(
            f"{self.base_url}/vehicle-enquiry/v1/vehicles",
            json={"registrationNumber": vrm},
            timeout=10,
        )
        if resp.status_code == 404:
            log.info("No DVLA record for %s", vrm)
            return None
        if resp.status_code in (401, 403):
            log.error("DVLA rejected the API key (HTTP %s); check DVLA_VES_API_KEY", resp.status_code)
        resp.raise_for_status()
        data = resp.json()
        log.debug("DVLA lookup ok for %s (make=%s)", vrm, data.get("make"))
        return data

    def co2_emissions(self, vrm: str) -> int | None:
        data = self.lookup(vrm)
        return data.get("co2Emissions") if data else None
