"""Provisions new GPS trackers before they are fitted to a bird.

Registers the tracker with the vendor cloud, stores the per-device upload key
in the secrets vault and links the tracker to the bird's record.
"""
from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass

import hvac
import requests

log = logging.getLogger("telemetry.provisioning")


@dataclass(frozen=True)
class ProvisioningConfig:
    vendor_url: str
    vendor_token: str
    vault_url: str
    vault_token: str

    @classmethod
    def from_env(cls) -> "ProvisioningConfig":
        return cls(
            vendor_url=os.environ.get("TRACKER_API_URL", "https://api.trackcloud.example/v3"),
            vendor_token=os.environ["TRACKER_API_KEY"],
            vault_url=os.environ["VAULT_ADDR"],
            vault_token=os.environ["VAULT_TOKEN"],
        )


def key_fingerprint(device_key: str) -> str:
    return hashlib.sha256(device_key.encode()).hexdigest()[:12]


class TrackerProvisioner:
    def __init__(self, config: ProvisioningConfig) -> None:
        self._config = config
        self._http = requests.Session()
        self._http.headers["Authorization"] = f"Token {config.vendor_token}"
        self._vault = hvac.Client(url=config.vault_url, token=config.vault_token)

    def register(self, serial: str, bird_ring: str) -> str:
        resp = self._http.post(
            f"{self._config.vendor_url}/trackers",
            json={"serial": serial, "label": bird_ring},
            timeout=30,
        )
        resp.raise_for_status()
        body = resp.json()
        tracker_id, device_key = body["tracker_id"], body["upload_key"]

        self._vault.secrets.kv.v2.create_or_update_secret(
            path=f"trackers/{tracker_id}",
            secret={"upload_key": device_key, "serial": serial},
        )
        log.info("provisioned tracker %s (serial %s) for %s, key fingerprint %s",
                 tracker_id, serial, bird_ring, key_fingerprint(device_key))
        return tracker_id

    def retire(self, tracker_id: str) -> None:
        resp = self._http.delete(f"{self._config.vendor_url}/trackers/{tracker_id}",
                                 timeout=30)
        if resp.status_code not in (204, 404):
            resp.raise_for_status()
        self._vault.secrets.kv.v2.delete_metadata_and_all_versions(
            path=f"trackers/{tracker_id}")
        log.info("retired tracker %s", tracker_id)


if __name__ == "__main__":
    import argparse

    logging.basicConfig(level=logging.INFO)
    parser = argparse.ArgumentParser()
    parser.add_argument("serial")
    parser.add_argument("bird_ring")
    args = parser.parse_args()
    print(TrackerProvisioner(ProvisioningConfig.from_env()).register(args.serial, args.bird_ring))
