"""Push repair assignments to the approved-garage network.

When an adjuster approves a repair, the assignment (claim, vehicle, estimate
ceiling) is encrypted with the network's shared key and posted to their
intake endpoint.
"""
import base64
import json
import logging
import os
from dataclasses import asdict, dataclass

import requests
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

log = logging.getLogger(__name__)


@dataclass
class RepairAssignment:
    claim_number: str
    garage_id: str
    vehicle_vin: str
    registration: str
    estimate_ceiling: float
    courtesy_car: bool = False


def _network_key() -> bytes:
    return DES3.adjust_key_parity(base64.b64decode(os.environ["GARAGE_NETWORK_KEY"]))


def seal(payload: dict, key: bytes) -> bytes:
    iv = get_random_bytes(DES3.block_size)
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(json.dumps(payload).encode(), DES3.block_size))


def push_assignment(assignment: RepairAssignment, endpoint: str | None = None) -> None:
    url = endpoint or os.environ["GARAGE_NETWORK_URL"]
    body = base64.b64encode(seal(asdict(assignment), _network_key()))
    resp = requests.post(
        url,
        data=body,
        headers={"Content-Type": "application/octet-stream", "X-Garage-Id": assignment.garage_id},
        timeout=20,
    )
    resp.raise_for_status()
    log.info("assignment for claim %s sent to garage %s", assignment.claim_number, assignment.garage_id)
