"""Credentials for outbound calls made by the public road-condition API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property

import httpx


class MissingCredential(RuntimeError):
    pass


@dataclass(frozen=True)
class ApiCredentials:
    met_service_key: str
    traffic_centre_token: str

    @classmethod
    def from_environment(cls, prefix: str = "ROADAPI_") -> "ApiCredentials":
        def need(name: str) -> str:
            value = os.environ.get(prefix + name)
            if not value:
                raise MissingCredential(f"{prefix}{name} is not set")
            return value

        return cls(
            met_service_key=need("MET_SERVICE_KEY"),
            traffic_centre_token=need("TRAFFIC_CENTRE_TOKEN"),
        )


class UpstreamClients:
    def __init__(self, met_url: str, traffic_url: str) -> None:
        self.met_url = met_url
        self.traffic_url = traffic_url

    @cached_property
    def credentials(self) -> ApiCredentials:
        return ApiCredentials.from_environment()

    def met(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.met_url,
            headers={"X-Api-Key": self.credentials.met_service_key},
            timeout=10.0,
        )

    def traffic(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.traffic_url,
            headers={"Authorization": f"Bearer {self.credentials.traffic_centre_token}"},
            timeout=10.0,
        )


def forecast_for(clients: UpstreamClients, lat: float, lon: float) -> dict:
    with clients.met() as client:
        resp = client.get("/v2/road-forecast", params={"lat": lat, "lon": lon})
        resp.raise_for_status()
        return resp.json()
