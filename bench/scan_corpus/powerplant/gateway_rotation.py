"""Rotate the local admin password on SCADA edge gateways and escrow it in the vault."""

import logging
import secrets

import httpx

from provisioning.settings import settings

log = logging.getLogger("gateway.rotate")

SENSITIVE_KEYS = {"admin_password", "api_token", "snmp_community"}


def redact(payload: dict) -> dict:
    return {k: ("***" if k in SENSITIVE_KEYS else v) for k, v in payload.items()}


def rotate_admin_password(serial: str, mgmt_url: str, mgmt_token: str) -> None:
    payload = {
        "user": "gwadmin",
        "admin_password": secrets.token_urlsafe(24),
        "force_logout": True,
    }
    log.debug("rotation request for %s: %s", serial, redact(payload))

    with httpx.Client(
        base_url=mgmt_url,
        headers={"Authorization": f"Bearer {mgmt_token}"},
        timeout=30.0,
    ) as client:
        resp = client.post("/api/users/rotate", json=payload)
        resp.raise_for_status()

    settings.vault.write_secret(f"gateways/{serial}/admin", payload["admin_password"])
    log.info("rotated admin password on gateway %s", serial)


def rotate_all(gateways: list[dict], mgmt_token: str) -> int:
    done = 0
    for gw in gateways:
        try:
            rotate_admin_password(gw["serial"], gw["mgmt_url"], mgmt_token)
            done += 1
        except httpx.HTTPError as exc:
            log.error("rotation failed for %s: %s", gw["serial"], exc)
    return done
