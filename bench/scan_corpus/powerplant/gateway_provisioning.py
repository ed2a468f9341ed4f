"""Provision new SCADA edge gateways: register them in inventory and push initial config."""

import logging
import secrets

import httpx

from inventory.client import InventoryClient
from provisioning.settings import settings

log = logging.getLogger("gateway.provision")


def _initial_config(serial: str, site: str, unit: str) -> dict:
    return {
        "hostname": f"gw-{site}-{unit}-{serial[-4:]}".lower(),
        "site": site,
        "unit": unit,
        "ntp_servers": settings.ntp_servers,
        "historian_endpoint": settings.historian_endpoint,
        "admin_user": "gwadmin",
        "admin_password": secrets.token_urlsafe(18),
    }


def provision(serial: str, site: str, unit: str, mgmt_url: str) -> dict:
    inventory = InventoryClient(settings.inventory_url, token=settings.inventory_token)
    config = _initial_config(serial, site, unit)
    log.debug("pushing initial config to %s: %s", serial, config)

    with httpx.Client(base_url=mgmt_url, timeout=30.0) as client:
        resp = client.put("/api/config", json=config)
        resp.raise_for_status()

    inventory.register_gateway(serial=serial, site=site, unit=unit, hostname=config["hostname"])
    settings.vault.write_secret(f"gateways/{serial}/admin", config["admin_password"])
    log.info("gateway %s provisioned as %s", serial, config["hostname"])
    return {"serial": serial, "hostname": config["hostname"]}
