"""Poll the TBM back-up gantry PLC over Modbus/TCP for conveyor and grout data.

Connection details come from the site deployment file, which differs between
the north and south launch shafts.
"""
from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

import yaml
from pymodbus.client import ModbusTcpClient

DEPLOYMENT_FILE = Path(os.environ.get("SITE_DEPLOYMENT_FILE", "/etc/tbm/deployment.yaml"))


@dataclass(frozen=True)
class PlcTarget:
    host: str
    port: int
    unit_id: int

    @classmethod
    def from_deployment(cls, path: Path = DEPLOYMENT_FILE) -> "PlcTarget":
        doc = yaml.safe_load(path.read_text())["gantry_plc"]
        host = str(doc["host"])
        ipaddress.ip_address(host)
        return cls(host=host, port=int(doc.get("port", 502)), unit_id=int(doc.get("unit_id", 1)))


class GantryPoller:
    REGISTERS = {
        "conveyor_speed_mps": (100, 0.01),
        "belt_scale_tph": (102, 0.1),
        "grout_a_litres": (110, 1.0),
        "grout_b_litres": (112, 1.0),
    }

    def __init__(self, target: PlcTarget) -> None:
        self.target = target
        self.client = ModbusTcpClient(target.host, port=target.port, timeout=3)

    def read(self) -> dict[str, float]:
        values: dict[str, float] = {}
        for name, (address, scale) in self.REGISTERS.items():
            rr = self.client.read_holding_registers(address, count=1, slave=self.target.unit_id)
            if rr.isError():
                continue
            values[name] = rr.registers[0] * scale
        return values


if __name__ == "__main__":
    poller = GantryPoller(PlcTarget.from_deployment())
    print(poller.read())
