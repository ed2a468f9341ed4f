"""Onboarding of soil-moisture probes scanned by installers in the field app.

The probe's root key is fetched from Vault and pushed to the network server;
only the key's vault path and a short fingerprint ever appear in logs.
"""

from __future__ import annotations

import hashlib
import logging
import os

import hvac
import requests

log = logging.getLogger("onboarding")


def _vault() -> hvac.Client:
    client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    if not client.is_authenticated():
        raise RuntimeError("vault authentication failed")
    return client


def key_fingerprint(key_hex: str) -> str:
    return hashlib.sha256(bytes.fromhex(key_hex)).hexdigest()[:8]


def onboard_probe(dev_eui: str, farm_id: int, lns_url: str, lns_token: str) -> None:
    vault_path = f"probes/{dev_eui.lower()}"
    secret = _vault().secrets.kv.v2.read_secret_version(path=vault_path, mount_point="factory")
    app_key = secret["data"]["data"]["app_key"]

    resp = requests.post(
        f"{lns_url.rstrip('/')}/api/devices/{dev_eui}/keys",
        json={"deviceKeys": {"nwkKey": app_key, "appKey": app_key}},
        headers={"Authorization": f"Bearer {lns_token}"},
        timeout=15,
    )
    resp.raise_for_status()
    log.info(
        "onboarded probe %s for farm %s (key from factory/%s, fp=%s)",
        dev_eui, farm_id, vault_path, key_fingerprint(app_key),
    )
