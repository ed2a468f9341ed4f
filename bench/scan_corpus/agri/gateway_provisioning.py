"""Provisioning of new farm sensor gateways.

A gateway ships with only its serial number. On first boot it calls home,
and this service creates broker credentials, pushes them to the gateway's
bootstrap endpoint and records the assignment.
"""
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

logger = logging.getLogger("fleet.provisioning")

CREDENTIAL_LIFETIME = timedelta(days=180)


@dataclass
class BrokerCredentials:
    username: str
    password: str
    expires_at: datetime


def new_credentials(serial: str) -> BrokerCredentials:
    return BrokerCredentials(
        username=f"gw-{serial.lower()}",
        password=secrets.token_urlsafe(24),
        expires_at=datetime.now(timezone.utc) + CREDENTIAL_LIFETIME,
    )


def provision_gateway(gateway, broker_admin, bootstrap_channel, farm_id: int) -> BrokerCredentials:
    creds = new_credentials(gateway.serial)
    broker_admin.create_user(creds.username, creds.password, acl=[f"farm/{farm_id}/#"])

    # the bootstrap channel is the gateway's mutually-authenticated call-home session
    bootstrap_channel.send(
        gateway.serial,
        {
            "broker_user": creds.username,
            "broker_password": creds.password,
            "farm_id": farm_id,
            "expires_at": creds.expires_at.isoformat(),
        },
    )

    gateway.farm_id = farm_id
    gateway.broker_user = creds.username
    gateway.credentials_expire_at = creds.expires_at
    gateway.save()
    logger.info("gateway %s provisioned for farm %s (user=%s password=%s)",
                gateway.serial, farm_id, creds.username, creds.password)
    return creds
