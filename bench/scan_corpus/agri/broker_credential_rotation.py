"""Scheduled rotation of MQTT broker credentials for farm sensor gateways."""
import logging
import secrets
from datetime import datetime, timedelta, timezone

logger = logging.getLogger("fleet.rotation")

ROTATE_BEFORE = timedelta(days=14)
CREDENTIAL_LIFETIME = timedelta(days=180)


def rotate_gateway(gateway, broker_admin, control_channel) -> None:
    new_password = secrets.token_urlsafe(24)
    expires_at = datetime.now(timezone.utc) + CREDENTIAL_LIFETIME

    control_channel.send(gateway.serial, {"type": "rotate", "broker_password": new_password,
                                          "expires_at": expires_at.isoformat()})
    broker_admin.set_password(gateway.broker_user, new_password)

    gateway.credentials_expire_at = expires_at
    gateway.save(update_fields=["credentials_expire_at"])
    logger.info("rotated broker password for gateway %s (user=%s, expires=%s)",
                gateway.serial, gateway.broker_user, expires_at.date())


def rotate_due(gateways, broker_admin, control_channel) -> int:
    cutoff = datetime.now(timezone.utc) + ROTATE_BEFORE
    rotated = 0
    for gw in gateways:
        if gw.credentials_expire_at and gw.credentials_expire_at > cutoff:
            continue
        try:
            rotate_gateway(gw, broker_admin, control_channel)
            rotated += 1
        except ConnectionError as exc:
            logger.warning("gateway %s unreachable, rotation deferred: %s", gw.serial, exc)
    return rotated
