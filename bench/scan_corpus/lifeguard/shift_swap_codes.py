"""Confirmation codes for tower shift swaps between lifeguards."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Dict, Optional, Tuple


@dataclass(frozen=True)
class SwapSettings:
    code_digits: int = 6
    season_seed: int = 2024
    max_pending: int = 200


@dataclass
class SwapRequest:
    tower: str
    shift_day: date
    from_guard: str
    to_guard: str


class ShiftSwapCoordinator:
    """Issues one-time codes that the receiving guard texts back to accept a swap."""

    def __init__(self, settings: SwapSettings, sms_client) -> None:
        self.settings = settings
        self.sms = sms_client
        self._pending: Dict[str, SwapRequest] = {}
        self._rng = random.Random(settings.season_seed)

    def _next_code(self) -> str:
        upper = 10 ** self.settings.code_digits
        return str(self._rng.randrange(upper)).zfill(self.settings.code_digits)

    def request_swap(self, request: SwapRequest, phone: str) -> None:
        if len(self._pending) >= self.settings.max_pending:
            raise RuntimeError("too many pending swap requests")
        code = self._next_code()
        self._pending[code] = request
        self.sms.send(
            phone,
            f"Swap {request.tower} on {request.shift_day:%d %b} from {request.from_guard}: reply {code} to accept",
        )

    def confirm(self, code: str, roster) -> Tuple[bool, Optional[SwapRequest]]:
        request = self._pending.pop(code.strip(), None)
        if request is None:
            return False, None
        roster.reassign(request.tower, request.shift_day, request.from_guard, request.to_guard)
        return True, request
