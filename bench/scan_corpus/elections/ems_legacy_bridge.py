"""Bridge to the county's legacy election management system (EMS) appliance.

The appliance accepts precinct result packets on its batch-upload endpoint;
payloads are encrypted with the transport key it was provisioned with.
"""
import json
import os

import requests
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


def _transport_key() -> bytes:
    return bytes.fromhex(os.environ["EMS_TRANSPORT_KEY"])


def encrypt_packet(payload: bytes, key: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(payload, DES3.block_size))


def push_precinct_results(precinct_id: str, results: dict) -> None:
    base_url = os.environ["EMS_BASE_URL"].rstrip("/")
    body = json.dumps({"precinct": precinct_id, "results": results}).encode()
    resp = requests.post(
        f"{base_url}/batch/upload",
        data=encrypt_packet(body, _transport_key()),
        headers={"Content-Type": "application/octet-stream", "X-Precinct": precinct_id},
        timeout=20,
    )
    resp.raise_for_status()
