"""Trip lifecycle events for the bike-share analytics stream.

Event ids are time-based so downstream consumers can roughly order events
that arrive out of sequence; they carry no authority. Receipt share links
use a separate random token.
"""
import json
import secrets
import time
import uuid
from dataclasses import asdict, dataclass, field


@dataclass
class TripEvent:
    trip_id: str
    kind: str  # "start" | "end" | "dock_fault"
    station_id: str
    event_id: str = field(default_factory=lambda: str(uuid.uuid1()))
    ts: float = field(default_factory=time.time)


def new_receipt_share_token() -> str:
    return secrets.token_urlsafe(24)


class TripEventPublisher:
    def __init__(self, producer, topic: str):
        self._producer = producer
        self._topic = topic

    def publish(self, event: TripEvent) -> None:
        self._producer.produce(
            self._topic,
            key=event.trip_id.encode(),
            value=json.dumps(asdict(event)).encode(),
        )

    def trip_started(self, trip_id: str, station_id: str) -> TripEvent:
        ev = TripEvent(trip_id=trip_id, kind="start", station_id=station_id)
        self.publish(ev)
        return ev

    def trip_ended(self, trip_id: str, station_id: str) -> TripEvent:
        ev = TripEvent(trip_id=trip_id, kind="end", station_id=station_id)
        self.publish(ev)
        return ev
