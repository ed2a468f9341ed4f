"""Enrolls a replacement card terminal with the terminal management service.

Used by field engineers when swapping a faulty terminal: the kiosk agent
requests fresh API credentials for the new terminal serial and stores them
in the OS keyring.
"""
from __future__ import annotations

import keyring
import requests
import structlog

log = structlog.get_logger("kiosk.terminal_enrollment")

KEYRING_SERVICE = "kiosk-terminal"


class EnrollmentError(RuntimeError):
    pass


def enroll_replacement(tms_url: str, kiosk_id: str, old_terminal_id: str, new_serial: str, swap_code: str) -> str:
    resp = requests.post(
        f"{tms_url.rstrip('/')}/v1/terminals/{old_terminal_id}/replace",
        json={"kiosk_id": kiosk_id, "serial": new_serial, "swap_code": swap_code},
        timeout=15,
    )
    if resp.status_code in (403, 404):
        raise EnrollmentError(f"replacement rejected ({resp.status_code})")
    resp.raise_for_status()
    body = resp.json()

    terminal_id = body["terminal_id"]
    keyring.set_password(KEYRING_SERVICE, terminal_id, body["api_key"])
    try:
        keyring.delete_password(KEYRING_SERVICE, old_terminal_id)
    except keyring.errors.PasswordDeleteError:
        pass

    log.info(
        "terminal.replaced",
        kiosk_id=kiosk_id,
        old_terminal_id=old_terminal_id,
        terminal_id=terminal_id,
        serial=new_serial,
        key_id=body.get("key_id"),
        expires_at=body.get("expires_at"),
    )
    return terminal_id
