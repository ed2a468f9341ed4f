"""Settings for the TBM manufacturer's remote service portal integration.

The manufacturer exposes machine health and spare-part stock via an API;
credentials are issued per project and provided by the deployment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property

import httpx


class VendorPortalKeys:
    API_KEY_VAR = "TBM_VENDOR_API_KEY"
    CLIENT_SECRET_VAR = "TBM_VENDOR_CLIENT_SECRET"
    TOKEN_HEADER = "X-Service-Token"
    DEFAULT_SCOPE = "machine.read parts.read"


@dataclass
class VendorPortalSettings:
    base_url: str
    machine_serial: str
    keys: type[VendorPortalKeys] = VendorPortalKeys

    @cached_property
    def api_key(self) -> str:
        value = os.environ.get(self.keys.API_KEY_VAR)
        if not value:
            raise RuntimeError(f"{self.keys.API_KEY_VAR} is not set")
        return value

    @cached_property
    def client_secret(self) -> str:
        return os.environ[self.keys.CLIENT_SECRET_VAR]

    @classmethod
    def from_env(cls) -> "VendorPortalSettings":
        return cls(
            base_url=os.environ["TBM_VENDOR_API_URL"],
            machine_serial=os.environ["TBM_MACHINE_SERIAL"],
        )


class VendorPortalClient:
    def __init__(self, settings: VendorPortalSettings) -> None:
        self.settings = settings
        self._http = httpx.Client(base_url=settings.base_url, timeout=20.0)

    def _token(self) -> str:
        resp = self._http.post(
            "/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self.settings.machine_serial,
                "client_secret": self.settings.client_secret,
                "scope": self.settings.keys.DEFAULT_SCOPE,
            },
            headers={"X-Api-Key": self.settings.api_key},
        )
        resp.raise_for_status()
        return resp.json()["access_token"]

    def machine_health(self) -> dict:
        headers = {self.settings.keys.TOKEN_HEADER: self._token()}
        resp = self._http.get(f"/machines/{self.settings.machine_serial}/health", headers=headers)
        resp.raise_for_status()
        return resp.json()
