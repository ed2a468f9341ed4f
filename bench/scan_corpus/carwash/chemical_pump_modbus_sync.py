"""Push dosing set-points from the recipe table to the chemical pump skid over Modbus/TCP."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Mapping

from pymodbus.client import ModbusTcpClient

logger = logging.getLogger("dosing.sync")

RECIPE_REGISTERS: Mapping[str, int] = {
    "presoak_ml_per_min": 40001,
    "tire_cleaner_ml_per_min": 40002,
    "triple_foam_ml_per_min": 40003,
    "drying_agent_ml_per_min": 40004,
}


@dataclass
class PumpLinkConfig:
    host: str = "192.168.50.20"
    port: int = 502
    unit_id: int = 3
    timeout_s: float = 3.0
    registers: Mapping[str, int] = field(default_factory=lambda: dict(RECIPE_REGISTERS))


class DosingSkid:
    def __init__(self, config: PumpLinkConfig | None = None) -> None:
        self.config = config or PumpLinkConfig()
        self._client = ModbusTcpClient(
            self.config.host, port=self.config.port, timeout=self.config.timeout_s
        )

    def __enter__(self) -> "DosingSkid":
        if not self._client.connect():
            raise ConnectionError("dosing skid did not accept the Modbus session")
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()

    def write_setpoint(self, name: str, value: float) -> None:
        address = self.config.registers[name] - 40001
        scaled = int(round(value * 10))
        result = self._client.write_register(address, scaled, slave=self.config.unit_id)
        if result.isError():
            raise RuntimeError(f"pump rejected {name}={value}")
        logger.info("set %s to %.1f ml/min", name, value)


def apply_recipe(recipe: Mapping[str, float]) -> int:
    written = 0
    with DosingSkid() as skid:
        for name, value in recipe.items():
            if name in skid.config.registers:
                skid.write_setpoint(name, value)
                written += 1
    return written


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    apply_recipe({"presoak_ml_per_min": 22.5, "triple_foam_ml_per_min": 14.0})
