"""HTTP client for the parcel locker network operator.

Lockers at stations and supermarkets are run by a contractor; we reserve a
compartment when a parcel is routed to a locker and release it on pickup or
return.
"""
import logging

import requests

log = logging.getLogger("locker_client")


class LockerApiError(RuntimeError):
    pass


class LockerClient:
    def __init__(self, base_url: str, token: str, timeout: float = 10.0):
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
        })

    def _request(self, method: str, path: str, **kwargs) -> dict:
        url = f"{self._base_url}{path}"
        log.debug("%s %s headers=%s", method, url, dict(self._session.headers))
        resp = self._session.request(method, url, timeout=self._timeout, **kwargs)
        if resp.status_code >= 400:
            raise LockerApiError(f"{method} {path} -> {resp.status_code}")
        return resp.json() if resp.content else {}

    def reserve(self, locker_site: str, tracking_number: str, size: str) -> str:
        body = {"site": locker_site, "parcel": tracking_number, "size": size}
        return self._request("POST", "/v1/reservations", json=body)["reservation_id"]

    def release(self, reservation_id: str, reason: str = "picked_up") -> None:
        self._request("POST", f"/v1/reservations/{reservation_id}/release", json={"reason": reason})

    def site_status(self, locker_site: str) -> dict:
        return self._request("GET", f"/v1/sites/{locker_site}")
