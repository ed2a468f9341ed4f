"""Rotate MQTT broker credentials for soil-sensor gateways.

Runs weekly from the scheduler. New credentials are pushed to the gateway
over its existing authenticated channel before the old ones are revoked.
"""
import logging
import secrets
from datetime import datetime, timezone

from .broker_admin import BrokerAdmin
from .device_channel import DeviceChannel, DeviceUnreachable

logger = logging.getLogger(__name__)


def rotate_gateway(gateway_id: str, broker: BrokerAdmin, channel: DeviceChannel) -> bool:
    username = f"gw-{gateway_id}"
    new_password = secrets.token_urlsafe(24)
    generation = datetime.now(timezone.utc).strftime("%Y%m%d")

    broker.add_password(username, new_password, label=generation)
    try:
        channel.push_credentials(gateway_id, username=username, password=new_password)
    except DeviceUnreachable:
        broker.remove_password(username, label=generation)
        logger.warning("gateway %s unreachable, keeping current credentials", gateway_id)
        return False

    broker.remove_other_passwords(username, keep=generation)
    logger.info(
        "rotated credentials for gateway %s (user=%s generation=%s)",
        gateway_id, username, generation,
    )
    return True


def rotate_all(gateway_ids: list[str], broker: BrokerAdmin, channel: DeviceChannel) -> dict[str, bool]:
    results = {gid: rotate_gateway(gid, broker, channel) for gid in gateway_ids}
    failed = [gid for gid, ok in results.items() if not ok]
    logger.info("rotation finished: %d ok, %d deferred", len(results) - len(failed), len(failed))
    return results
