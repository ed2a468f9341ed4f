"""Door controller logic for contractor entry at unmanned pumping stations."""

import hashlib
import hmac
import struct
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class DoorPolicy:
    step_seconds: int = 300
    digits: int = 8
    drift_steps: int = 1


class UnlockCodeCalculator:
    @staticmethod
    def code_for(secret: bytes, counter: int, digits: int) -> str:
        mac = hmac.new(secret, struct.pack(">Q", counter), hashlib.sha256).digest()
        offset = mac[-1] & 0x0F
        value = struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF
        return str(value % (10**digits)).zfill(digits)


class StationDoor:
    """Validates keypad codes derived from the station secret shared with the dispatch office."""

    def __init__(self, station_code: str, secret: bytes, relay, policy: DoorPolicy = DoorPolicy()) -> None:
        self.station_code = station_code
        self._secret = secret
        self.relay = relay
        self.policy = policy
        self._last_step = -1

    def _candidates(self, now: float) -> list[tuple[int, str]]:
        step = int(now // self.policy.step_seconds)
        return [
            (step + d, UnlockCodeCalculator.code_for(self._secret, step + d, self.policy.digits))
            for d in range(-self.policy.drift_steps, self.policy.drift_steps + 1)
        ]

    def try_unlock(self, keypad_entry: str, now: float | None = None) -> bool:
        entry = keypad_entry.strip()
        for step, candidate in self._candidates(now or time.time()):
            if step > self._last_step and hmac.compare_digest(candidate, entry):
                self._last_step = step
                self.relay.pulse(seconds=5)
                return True
        return False
