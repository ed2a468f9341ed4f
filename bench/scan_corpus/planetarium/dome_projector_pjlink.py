"""PJLink control for the dome's edge-blended projector array.

The six projectors around the dome cove accept PJLink class 1 commands on
TCP 4352. Show control calls power_on_all() during the pre-show sequence and
power_off_all() at close of day.
"""
import logging
import socket
import time

log = logging.getLogger("dome.projectors")

PJLINK_PORT = 4352
CONNECT_TIMEOUT = 3.0

PROJECTORS = {
    "p1-north": "10.40.12.31",
    "p2-northeast": "10.40.12.32",
    "p3-southeast": "10.40.12.33",
    "p4-south": "10.40.12.34",
    "p5-southwest": "10.40.12.35",
    "p6-northwest": "10.40.12.36",
}


def _command(name: str, body: str) -> str:
    address = (PROJECTORS[name], PJLINK_PORT)
    with socket.create_connection(address, timeout=CONNECT_TIMEOUT) as conn:
        greeting = conn.recv(64).decode("ascii", "replace").strip()
        if greeting != "PJLINK 0":
            raise RuntimeError(f"{name}: unexpected greeting {greeting!r}")
        conn.sendall(f"%1{body}\r".encode("ascii"))
        reply = conn.recv(128).decode("ascii", "replace").strip()
    log.debug("%s %s -> %s", name, body, reply)
    return reply


def power_on_all(stagger: float = 2.0) -> None:
    for name in PROJECTORS:
        _command(name, "POWR 1")
        time.sleep(stagger)  # avoid inrush on the dome circuit


def power_off_all() -> None:
    for name in PROJECTORS:
        _command(name, "POWR 0")


def lamp_hours(name: str) -> int:
    reply = _command(name, "LAMP ?")
    # reply looks like "%1LAMP=1234 1"
    return int(reply.split("=", 1)[1].split()[0])
