"""Thin client for the fleet API."""
import requests


class FleetClient:
    def __init__(self, settings):
        self._settings = settings
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {settings.api_token}"

    def _get(self, path, **params):
        resp = self._session.get(f"{self._settings.api_url}{path}", params=params,
                                 timeout=self._settings.timeout)
        resp.raise_for_status()
        return resp.json()

    def list_devices(self):
        params = {"site": self._settings.site} if self._settings.site else {}
        return self._get("/devices", **params)

    def device_status(self, device_id):
        return self._get(f"/devices/{device_id}/status")

    def reboot(self, device_id):
        resp = self._session.post(f"{self._settings.api_url}/devices/{device_id}/reboot",
                                  timeout=self._settings.timeout)
        resp.raise_for_status()
        return resp.json()
