"""Bench tool: drive a local ArduPilot SITL instance through a short hover.

Start SITL first (``sim_vehicle.py -v ArduCopter --no-mavproxy``), then::

    python -m tools.sitl_bridge --alt 15
"""
import argparse
import logging
import time

from pymavlink import mavutil

log = logging.getLogger("sitl")

SITL_ENDPOINT = "tcp:127.0.0.1:5760"


def connect(endpoint: str = SITL_ENDPOINT, timeout: int = 30):
    conn = mavutil.mavlink_connection(endpoint, source_system=250)
    if conn.wait_heartbeat(timeout=timeout) is None:
        raise TimeoutError(f"no heartbeat on {endpoint}")
    log.info("connected to sysid %d", conn.target_system)
    return conn


def _command(conn, cmd: int, *params: float) -> None:
    padded = list(params) + [0.0] * (7 - len(params))
    conn.mav.command_long_send(conn.target_system, conn.target_component, cmd, 0, *padded)
    ack = conn.recv_match(type="COMMAND_ACK", blocking=True, timeout=5)
    if ack is None or ack.result != mavutil.mavlink.MAV_RESULT_ACCEPTED:
        raise RuntimeError(f"command {cmd} rejected: {ack}")


def hover(conn, alt_m: float, hold_s: float) -> None:
    conn.set_mode("GUIDED")
    _command(conn, mavutil.mavlink.MAV_CMD_COMPONENT_ARM_DISARM, 1)
    _command(conn, mavutil.mavlink.MAV_CMD_NAV_TAKEOFF, 0, 0, 0, 0, 0, 0, alt_m)
    time.sleep(hold_s)
    conn.set_mode("LAND")
    conn.motors_disarmed_wait()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--endpoint", default=SITL_ENDPOINT)
    ap.add_argument("--alt", type=float, default=10.0)
    ap.add_argument("--hold", type=float, default=20.0)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    hover(connect(args.endpoint), args.alt, args.hold)


if __name__ == "__main__":
    main()
