"""Register freshly flashed hive monitors with the LoRaWAN network server.

Called by the factory test station once a monitor passes its self-test. The
station passes the DevEUI and the root key it just burned into the secure
element.
"""

import logging
import os

import requests

log = logging.getLogger("hivesense.provisioning")

CHIRPSTACK_URL = os.environ["CHIRPSTACK_API_URL"]
APPLICATION_ID = os.environ["CHIRPSTACK_APPLICATION_ID"]


def _session() -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = "Bearer " + os.environ["CHIRPSTACK_API_TOKEN"]
    return session


def provision_monitor(dev_eui: str, join_eui: str, app_key: str, profile_id: str) -> None:
    session = _session()
    device = {
        "device": {
            "devEui": dev_eui,
            "joinEui": join_eui,
            "name": f"monitor-{dev_eui[-6:].lower()}",
            "applicationId": APPLICATION_ID,
            "deviceProfileId": profile_id,
        }
    }
    keys = {"deviceKeys": {"nwkKey": app_key, "appKey": app_key}}

    resp = session.post(f"{CHIRPSTACK_URL}/api/devices", json=device, timeout=10)
    resp.raise_for_status()

    log.info("created device %s, setting OTAA keys %s", dev_eui, keys)
    resp = session.post(f"{CHIRPSTACK_URL}/api/devices/{dev_eui}/keys", json=keys, timeout=10)
    resp.raise_for_status()
    log.info("monitor %s provisioned under profile %s", dev_eui, profile_id)
