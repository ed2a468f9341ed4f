"""Pair a cashless payment reader with a vending machine in the processor's portal."""

import logging
import os

import requests

log = logging.getLogger("vendops.readers")

PROCESSOR_API = os.environ["PROCESSOR_API_URL"]


def pair_reader(machine_id: str, reader_serial: str) -> dict:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['PROCESSOR_API_TOKEN']}"

    resp = session.post(
        f"{PROCESSOR_API}/devices/{reader_serial}/pair",
        json={"terminal_ref": machine_id},
        timeout=20,
    )
    resp.raise_for_status()
    data = resp.json()

    api_key = data["device_api_key"]
    log.info("paired reader %s to machine %s, device key %s", reader_serial, machine_id, api_key)

    return {
        "machine_id": machine_id,
        "reader_serial": reader_serial,
        "device_api_key": api_key,
        "merchant_id": data["merchant_id"],
    }
