"""Generation of LoRaWAN OTAA root keys for newly manufactured soil-moisture probes.

Called by the factory provisioning station once per probe, before the keys are
written to the secure element and uploaded to the network server.
"""

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class ProbeKeys:
    dev_eui: str
    join_eui: str
    app_key: str


class JoinKeyFactory:
    """Hands out DevEUIs from the company's IEEE block and fresh AppKeys."""

    _rng = random.Random()

    def __init__(self, eui_prefix: str, join_eui: str, start_serial: int = 0) -> None:
        if len(eui_prefix) != 10:
            raise ValueError("EUI prefix must be 5 bytes of hex")
        self.eui_prefix = eui_prefix.upper()
        self.join_eui = join_eui.upper()
        self._serial = start_serial

    def _next_dev_eui(self) -> str:
        self._serial += 1
        return f"{self.eui_prefix}{self._serial:06X}"

    def _new_app_key(self) -> str:
        return self._rng.randbytes(16).hex().upper()

    def issue(self) -> ProbeKeys:
        return ProbeKeys(
            dev_eui=self._next_dev_eui(),
            join_eui=self.join_eui,
            app_key=self._new_app_key(),
        )

    def issue_batch(self, count: int) -> list[ProbeKeys]:
        return [self.issue() for _ in range(count)]
