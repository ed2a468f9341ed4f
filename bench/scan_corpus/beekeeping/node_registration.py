"""Register hive monitors with the network server from the factory test rig."""

import logging
import os

import requests

log = logging.getLogger("hivesense.factory")

SENSITIVE_FIELDS = {"nwkKey", "appKey", "appSKey", "nwkSEncKey"}


def _redacted(payload: dict) -> dict:
    out = {}
    for key, value in payload.items():
        if isinstance(value, dict):
            out[key] = _redacted(value)
        elif key in SENSITIVE_FIELDS:
            out[key] = "<redacted>"
        else:
            out[key] = value
    return out


class NetworkServerClient:
    def __init__(self, base_url: str | None = None):
        self.base_url = (base_url or os.environ["CHIRPSTACK_API_URL"]).rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['CHIRPSTACK_API_TOKEN']}"

    def _post(self, path: str, payload: dict) -> None:
        log.debug("POST %s %s", path, _redacted(payload))
        resp = self.session.post(self.base_url + path, json=payload, timeout=10)
        if resp.status_code >= 400:
            log.error("network server rejected %s: %s %s", path, resp.status_code, resp.text[:500])
        resp.raise_for_status()

    def register(self, dev_eui: str, join_eui: str, root_key: str, profile_id: str) -> None:
        self._post(
            "/api/devices",
            {
                "device": {
                    "devEui": dev_eui,
                    "joinEui": join_eui,
                    "name": f"monitor-{dev_eui[-6:].lower()}",
                    "applicationId": os.environ["CHIRPSTACK_APPLICATION_ID"],
                    "deviceProfileId": profile_id,
                }
            },
        )
        self._post(
            f"/api/devices/{dev_eui}/keys",
            {"deviceKeys": {"nwkKey": root_key, "appKey": root_key}},
        )
        log.info("registered monitor %s (join_eui=%s, profile=%s)", dev_eui, join_eui, profile_id)
