"""Resolve and validate the address of a room's prop controller.

Controllers live on the isolated prop VLAN. Addresses come from the room
config that the franchisee fills in during setup; we refuse anything that is
not on the prop VLAN so a typo can't send lock commands somewhere else.
"""
import ipaddress
import os
import socket

PROP_VLAN = ipaddress.ip_network("10.40.0.0/16")
DEFAULT_PORT = 5025


class PropAddressError(ValueError):
    pass


def controller_address(room_config: dict) -> tuple[str, int]:
    raw = room_config.get("controller_ip") or os.environ.get("PROP_CONTROLLER_IP", "")
    try:
        ip = ipaddress.ip_address(raw)
    except ValueError as exc:
        raise PropAddressError(f"invalid controller address {raw!r}") from exc
    if ip not in PROP_VLAN:
        raise PropAddressError(f"{ip} is outside the prop VLAN {PROP_VLAN}")
    port = int(room_config.get("controller_port", DEFAULT_PORT))
    return str(ip), port


def send_command(room_config: dict, command: str, timeout: float = 2.0) -> str:
    host, port = controller_address(room_config)
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.sendall(command.encode("ascii") + b"\r\n")
        return sock.recv(64).decode("ascii", "replace").strip()
