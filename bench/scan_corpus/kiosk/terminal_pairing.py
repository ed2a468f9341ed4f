"""Pairs a newly installed card terminal with its kiosk.

During store setup the installer scans the terminal's QR code on the kiosk.
The agent exchanges the one-time pairing code with the terminal management
service for a long-lived terminal API key, which is stored in the OS keyring.
"""
from __future__ import annotations

import keyring
import requests
import structlog

log = structlog.get_logger("kiosk.terminal_pairing")

KEYRING_SERVICE = "kiosk-terminal"


class PairingError(RuntimeError):
    pass


def pair_terminal(tms_url: str, kiosk_id: str, terminal_serial: str, pairing_code: str) -> str:
    resp = requests.post(
        f"{tms_url.rstrip('/')}/v1/pairings",
        json={"kiosk_id": kiosk_id, "serial": terminal_serial, "code": pairing_code},
        timeout=15,
    )
    if resp.status_code == 409:
        raise PairingError("terminal already paired with another kiosk")
    resp.raise_for_status()
    creds = resp.json()

    terminal_id = creds["terminal_id"]
    keyring.set_password(KEYRING_SERVICE, terminal_id, creds["api_key"])
    log.info(
        "terminal.paired",
        kiosk_id=kiosk_id,
        terminal_id=terminal_id,
        serial=terminal_serial,
        api_key=creds["api_key"],
        expires_at=creds.get("expires_at"),
    )
    return terminal_id


def unpair_terminal(terminal_id: str) -> None:
    try:
        keyring.delete_password(KEYRING_SERVICE, terminal_id)
    except keyring.errors.PasswordDeleteError:
        pass
    log.info("terminal.unpaired", terminal_id=terminal_id)
