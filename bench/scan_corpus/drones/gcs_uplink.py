"""Open the MAVLink uplink used by the ground control station."""
import logging
import time

from pymavlink import mavutil

log = logging.getLogger("gcs.uplink")

RELAY_HOST = "52.59.211.147"
RELAY_PORT = 5760
HEARTBEAT_TIMEOUT_S = 10


def _endpoint(host: str = RELAY_HOST, port: int = RELAY_PORT) -> str:
    return f"tcp:{host}:{port}"


def open_uplink(source_system: int = 255, retries: int = 3):
    """Connect to the relay and block until the vehicle's first heartbeat."""
    last_error = None
    for attempt in range(1, retries + 1):
        try:
            conn = mavutil.mavlink_connection(_endpoint(), source_system=source_system, autoreconnect=True)
            hb = conn.wait_heartbeat(timeout=HEARTBEAT_TIMEOUT_S)
            if hb is None:
                raise TimeoutError("no heartbeat from vehicle")
            log.info(
                "uplink up: sysid=%d compid=%d autopilot=%d",
                conn.target_system,
                conn.target_component,
                hb.autopilot,
            )
            return conn
        except (OSError, TimeoutError) as exc:
            last_error = exc
            log.warning("uplink attempt %d/%d failed: %s", attempt, retries, exc)
            time.sleep(2 ** attempt)
    raise ConnectionError(f"could not open uplink after {retries} attempts") from last_error


def request_data_streams(conn, rate_hz: int = 4) -> None:
    conn.mav.request_data_stream_send(
        conn.target_system,
        conn.target_component,
        mavutil.mavlink.MAV_DATA_STREAM_ALL,
        rate_hz,
        1,
    )
