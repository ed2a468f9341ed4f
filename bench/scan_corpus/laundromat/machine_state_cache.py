"""In-memory view of every machine's last reported state.

Controllers publish a state snapshot on ``store/<id>/machine/<mid>/state``
whenever a cycle starts, ends or faults. The dashboard websocket reads from
this cache instead of querying the database.
"""
import logging
import threading
import time
from dataclasses import dataclass, field

import jsonpickle

log = logging.getLogger(__name__)


@dataclass
class MachineState:
    machine_id: str
    status: str = "unknown"
    program: str | None = None
    remaining_s: int = 0
    fault_code: str | None = None
    updated_at: float = field(default_factory=time.time)


class MachineStateCache:
    def __init__(self):
        self._lock = threading.Lock()
        self._states: dict[str, MachineState] = {}

    def on_mqtt_message(self, client, userdata, msg) -> None:
        try:
            snapshot = jsonpickle.decode(msg.payload.decode("utf-8"))
        except Exception:
            log.exception("could not decode state from %s", msg.topic)
            return
        machine_id = msg.topic.split("/")[3]
        self.update(machine_id, snapshot)

    def update(self, machine_id: str, snapshot) -> None:
        if isinstance(snapshot, dict):
            snapshot = MachineState(machine_id=machine_id, **snapshot)
        snapshot.updated_at = time.time()
        with self._lock:
            self._states[machine_id] = snapshot

    def for_store(self, machine_ids: list[str]) -> list[MachineState]:
        with self._lock:
            return [self._states.get(mid, MachineState(mid)) for mid in machine_ids]

    def stale(self, max_age: float = 300) -> list[str]:
        cutoff = time.time() - max_age
        with self._lock:
            return [mid for mid, s in self._states.items() if s.updated_at < cutoff]
