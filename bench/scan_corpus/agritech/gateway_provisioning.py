"""Provision new soil-sensor gateways on the MQTT broker.

Called by the installer app when a technician scans a gateway's QR code on
site. Creates a broker account for the gateway and returns the credentials
that get flashed onto the device over BLE.
"""
import secrets
from dataclasses import dataclass

import structlog

from .broker_admin import BrokerAdmin
from .inventory import GatewayInventory

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class GatewayCredentials:
    gateway_id: str
    username: str
    password: str
    topic_prefix: str


class GatewayProvisioner:
    def __init__(self, broker: BrokerAdmin, inventory: GatewayInventory):
        self.broker = broker
        self.inventory = inventory

    def provision(self, serial: str, farm_id: int, installer: str) -> GatewayCredentials:
        gateway = self.inventory.claim(serial, farm_id=farm_id)
        creds = GatewayCredentials(
            gateway_id=gateway.id,
            username=f"gw-{gateway.id}",
            password=secrets.token_urlsafe(24),
            topic_prefix=f"farms/{farm_id}/gateways/{gateway.id}",
        )
        self.broker.create_user(creds.username, creds.password)
        self.broker.grant(creds.username, publish=f"{creds.topic_prefix}/#")
        log.info(
            "gateway.provisioned",
            serial=serial,
            farm_id=farm_id,
            installer=installer,
            **creds.__dict__,
        )
        return creds

    def revoke(self, gateway_id: str) -> None:
        self.broker.delete_user(f"gw-{gateway_id}")
        self.inventory.release(gateway_id)
        log.info("gateway.revoked", gateway_id=gateway_id)
