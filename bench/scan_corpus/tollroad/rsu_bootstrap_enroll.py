"""Roadside unit (RSU) first-boot enrollment against the provisioning service."""
import json
import logging
import os
import socket
from pathlib import Path

import requests

LOGGER = logging.getLogger(__name__)
STATE_FILE = Path("/var/lib/rsu/enrollment.json")


class EnrollmentError(RuntimeError):
    pass


def read_device_identity() -> dict:
    serial = Path("/sys/class/dmi/id/product_serial").read_text().strip()
    return {"serial": serial, "hostname": socket.gethostname()}


def describe_enrollment(identity: dict, grant: dict) -> str:
    return (
        f"RSU {identity['serial']} enrolled as {grant['unit_id']} "
        f"(site={grant['site']}, mqtt_user={grant['mqtt_username']}, "
        f"mqtt_secret={grant['mqtt_password']})"
    )


def request_grant(provisioning_url: str, bootstrap_code: str, identity: dict) -> dict:
    resp = requests.post(
        f"{provisioning_url}/rsu/enroll",
        json={"code": bootstrap_code, **identity},
        timeout=15,
    )
    if resp.status_code != 201:
        raise EnrollmentError(f"enrollment refused with HTTP {resp.status_code}")
    return resp.json()


def persist_grant(grant: dict) -> None:
    STATE_FILE.parent.mkdir(parents=True, exist_ok=True)
    tmp = STATE_FILE.with_suffix(".tmp")
    tmp.write_text(json.dumps(grant))
    os.chmod(tmp, 0o600)
    tmp.replace(STATE_FILE)


def bootstrap() -> dict:
    if STATE_FILE.exists():
        LOGGER.info("RSU already enrolled; skipping bootstrap")
        return json.loads(STATE_FILE.read_text())
    identity = read_device_identity()
    grant = request_grant(
        os.environ["RSU_PROVISIONING_URL"],
        os.environ["RSU_BOOTSTRAP_CODE"],
        identity,
    )
    persist_grant(grant)
    LOGGER.info(describe_enrollment(identity, grant))
    return grant


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    bootstrap()
