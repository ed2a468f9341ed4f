"""Client for the regional lab gateway's result query API.

Used by the anaemia coordinator's tools to pull the latest haemoglobin
and iron studies for a patient before an EPO dose review.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import httpx


@dataclass(frozen=True)
class LabGatewaySettings:
    base_url: str
    client_cert: str
    client_key: str
    ca_bundle: str
    timeout_s: float = 10.0

    @classmethod
    def from_env(cls, prefix: str = "LAB_GATEWAY_") -> "LabGatewaySettings":
        env = os.environ
        return cls(
            base_url=env[prefix + "BASE_URL"],
            client_cert=env[prefix + "CLIENT_CERT"],
            client_key=env[prefix + "CLIENT_KEY"],
            ca_bundle=env[prefix + "CA_BUNDLE"],
        )


class LabGatewayClient:
    analytes = ("HB", "FERRITIN", "TSAT", "CRP")

    def __init__(self, settings: LabGatewaySettings | None = None) -> None:
        s = settings or LabGatewaySettings.from_env()
        self._http = httpx.Client(
            base_url=s.base_url,
            cert=(s.client_cert, s.client_key),
            verify=s.ca_bundle,
            timeout=s.timeout_s,
        )

    def latest(self, mrn: str, since: date) -> dict[str, dict]:
        resp = self._http.get(
            f"/patients/{mrn}/results",
            params={"analytes": ",".join(self.analytes), "since": since.isoformat()},
        )
        resp.raise_for_status()
        latest: dict[str, dict] = {}
        for item in resp.json()["results"]:
            code = item["analyte"]
            if code not in latest or item["collected"] > latest[code]["collected"]:
                latest[code] = item
        return latest

    def close(self) -> None:
        self._http.close()
