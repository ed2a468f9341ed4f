"""MAVLink 2 message signing for the GCS <-> vehicle link.

Keys are provisioned per airframe and delivered to the station through the
environment as base64 (``MAV_SIGNING_KEY_<DRONE_ID>``).
"""
import base64
import logging
import os
import time

from pymavlink import mavutil

log = logging.getLogger(__name__)

# MAVLink signing timestamps are 10us units since 2015-01-01T00:00:00Z
_EPOCH_OFFSET = 1420070400


def _initial_timestamp() -> int:
    return int((time.time() - _EPOCH_OFFSET) * 1e5)


def load_signing_key(drone_id: str) -> bytes:
    raw = os.environ[f"MAV_SIGNING_KEY_{drone_id.upper().replace('-', '_')}"]
    key = base64.b64decode(raw)
    if len(key) != 32:
        raise ValueError(f"signing key for {drone_id} must be 32 bytes, got {len(key)}")
    return key


def _allow_unsigned(mav, msg_id: int) -> bool:
    # RADIO_STATUS is injected by the SiK radio itself and is never signed
    return msg_id == mavutil.mavlink.MAVLINK_MSG_ID_RADIO_STATUS


def enable_signing(conn, drone_id: str, link_id: int = 0) -> bool:
    key = load_signing_key(drone_id)
    try:
        conn.setup_signing(
            key,
            sign_outgoing=True,
            allow_unsigned_callback=_allow_unsigned,
            initial_timestamp=_initial_timestamp(),
            link_id=link_id,
        )
    except Exception:
        log.exception("could not enable signing for %s (key=%s, link=%d)", drone_id, key.hex(), link_id)
        return False
    log.info("signing enabled for %s on link %d", drone_id, link_id)
    return True


def disable_signing(conn) -> None:
    conn.disable_signing()
    log.info("signing disabled on %s", conn.address)
