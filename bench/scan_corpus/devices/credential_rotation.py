"""Rotates the gateway's MQTT password before it expires.

The new password is fetched from the device API and handed to the OS
credential store; the uplink picks it up on its next reconnect.
"""
import datetime as dt
import logging

import keyring
import requests

log = logging.getLogger("credentials")

KEYRING_SERVICE = "gateway-uplink"
ROTATE_BEFORE = dt.timedelta(days=3)


def needs_rotation(expires_at: dt.datetime, now: dt.datetime | None = None) -> bool:
    now = now or dt.datetime.now(dt.timezone.utc)
    return expires_at - now < ROTATE_BEFORE


def rotate(api_base: str, device_id: str, session: requests.Session) -> dt.datetime:
    resp = session.post(f"{api_base.rstrip('/')}/v1/devices/{device_id}/mqtt-credentials", timeout=20)
    resp.raise_for_status()
    body = resp.json()
    keyring.set_password(KEYRING_SERVICE, body["username"], body["password"])
    expires_at = dt.datetime.fromisoformat(body["expires_at"])
    log.info(
        "rotated MQTT password for %s (user %s), valid until %s",
        device_id,
        body["username"],
        expires_at.isoformat(),
    )
    return expires_at


def current_password(username: str) -> str | None:
    return keyring.get_password(KEYRING_SERVICE, username)
