"""Onboard a cashless reader: pair it in the processor portal and store its device key."""

import logging
import os

import requests

from vendops.vault import store_device_key

log = logging.getLogger("vendops.readers")


def _mask(value: str, visible: int = 4) -> str:
    return "*" * max(len(value) - visible, 0) + value[-visible:]


def onboard_reader(machine_id: str, reader_serial: str) -> str:
    base_url = os.environ["PROCESSOR_API_URL"]
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['PROCESSOR_API_TOKEN']}"

    resp = session.post(
        f"{base_url}/devices/{reader_serial}/pair",
        json={"terminal_ref": machine_id},
        timeout=20,
    )
    resp.raise_for_status()
    data = resp.json()

    device_key = data["device_api_key"]
    store_device_key(reader_serial, device_key)
    log.info(
        "paired reader %s to machine %s (merchant %s, key %s)",
        reader_serial,
        machine_id,
        data["merchant_id"],
        _mask(device_key),
    )
    return data["merchant_id"]
