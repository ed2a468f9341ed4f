"""Poll string inverters over Modbus TCP on the plant LAN.

Inverter addresses come from the site inventory; anything outside the plant
OT subnet is refused so a typo in the inventory cannot send traffic elsewhere.
"""

import ipaddress
import json
import logging
import os
from pathlib import Path

from pymodbus.client import ModbusTcpClient

log = logging.getLogger("modbus_poller")

OT_SUBNET = ipaddress.ip_network(os.environ.get("PLANT_OT_SUBNET", "10.40.0.0/16"))
INVENTORY = Path(os.environ.get("SITE_INVENTORY", "/etc/site/inverters.json"))

REG_AC_POWER = 40083
REG_DAILY_ENERGY = 40093


def load_inverters() -> list[dict]:
    inverters = []
    for inv in json.loads(INVENTORY.read_text()):
        addr = ipaddress.ip_address(inv["host"])
        if addr not in OT_SUBNET:
            log.warning("skipping %s: %s is outside %s", inv["asset_id"], addr, OT_SUBNET)
            continue
        inverters.append(inv)
    return inverters


def poll(inv: dict) -> dict | None:
    client = ModbusTcpClient(inv["host"], port=int(inv.get("port", 502)), timeout=3)
    if not client.connect():
        log.warning("%s: connect failed", inv["asset_id"])
        return None
    try:
        unit = int(inv.get("unit_id", 1))
        power = client.read_holding_registers(REG_AC_POWER, count=2, slave=unit)
        energy = client.read_holding_registers(REG_DAILY_ENERGY, count=2, slave=unit)
        if power.isError() or energy.isError():
            return None
        return {
            "asset_id": inv["asset_id"],
            "p_ac_w": (power.registers[0] << 16) | power.registers[1],
            "e_day_wh": (energy.registers[0] << 16) | energy.registers[1],
        }
    finally:
        client.close()
