"""Sends SMS alarms when a controlled-atmosphere room drifts out of range.

The alarm worker watches the latest readings per room and texts the on-call
store manager when temperature or O2 leaves the agreed band.
"""
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Dict, Optional

from twilio.rest import Client

log = logging.getLogger("coldstore.alarms")


class AlarmSettings:
    TWILIO_ACCOUNT_SID = "AC5d1e9a0c7b4f42e8a6c3b19f07d2e4a1"
    TWILIO_AUTH_TOKEN = "b7f3c9e1d2a84f6095c1e7d3a2b8f4c6"
    FROM_NUMBER = "+441432000117"
    REPEAT_AFTER = timedelta(minutes=30)
    BANDS = {
        "temp_c": (0.5, 3.5),
        "o2_pct": (1.0, 2.5),
    }


@dataclass
class RoomState:
    room_id: str
    temp_c: float
    o2_pct: float
    read_at: datetime


class AlarmNotifier:
    def __init__(self, on_call_number: str, settings: type = AlarmSettings):
        self.settings = settings
        self.on_call = on_call_number
        self._client = Client(settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN)
        self._last_sent: Dict[str, datetime] = {}

    def breach(self, state: RoomState) -> Optional[str]:
        for metric, (low, high) in self.settings.BANDS.items():
            value = getattr(state, metric)
            if not low <= value <= high:
                return f"{metric}={value:.2f} outside {low}-{high}"
        return None

    def _due(self, room_id: str, now: datetime) -> bool:
        last = self._last_sent.get(room_id)
        return last is None or now - last >= self.settings.REPEAT_AFTER

    def check(self, state: RoomState) -> bool:
        problem = self.breach(state)
        now = datetime.now(timezone.utc)
        if problem is None or not self._due(state.room_id, now):
            return False
        body = f"Cold store {state.room_id}: {problem} at {state.read_at:%H:%M}. Please check the room."
        message = self._client.messages.create(to=self.on_call, from_=self.settings.FROM_NUMBER, body=body)
        self._last_sent[state.room_id] = now
        log.warning("alarm sent for %s (%s), sid %s", state.room_id, problem, message.sid)
        return True


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    notifier = AlarmNotifier(sys.argv[1])
    notifier.check(RoomState("CA3", 4.1, 1.8, datetime.now(timezone.utc)))
