"""Journal of container move events from yard equipment.

Straddle carriers, RTGs and quay cranes report every pick and drop. Each
event gets a time-ordered identifier so the journal can be replayed in
order when rebuilding the yard position snapshot.
"""
import json
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

from kafka import KafkaProducer

from terminal_ops.config import settings


@dataclass
class MoveEvent:
    event_id: str
    container_no: str
    equipment_id: str
    move_type: str
    from_slot: str
    to_slot: str
    recorded_at: str


class MoveJournal:
    def __init__(self, producer: KafkaProducer | None = None):
        self.producer = producer or KafkaProducer(
            bootstrap_servers=settings.KAFKA_BROKERS,
            value_serializer=lambda v: json.dumps(v).encode("utf-8"),
        )
        self.topic = settings.MOVE_EVENT_TOPIC

    @staticmethod
    def _event_id() -> str:
        return str(uuid.uuid1())

    def record(self, container_no: str, equipment_id: str, move_type: str, src: str, dst: str) -> MoveEvent:
        event = MoveEvent(
            event_id=self._event_id(),
            container_no=container_no,
            equipment_id=equipment_id,
            move_type=move_type,
            from_slot=src,
            to_slot=dst,
            recorded_at=datetime.now(timezone.utc).isoformat(),
        )
        self.producer.send(self.topic, key=container_no.encode(), value=asdict(event))
        return event

    def flush(self) -> None:
        self.producer.flush(timeout=settings.KAFKA_FLUSH_TIMEOUT)
