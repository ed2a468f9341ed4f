"""Decodes machine state messages received from the plant MQTT broker."""
import json
import logging

from pydantic import BaseModel, ValidationError

log = logging.getLogger(__name__)


class MachineState(BaseModel):
    machine_id: str
    state: str
    speed: float = 0.0
    alarm_codes: list[int] = []


def decode(topic: str, payload: bytes) -> MachineState | None:
    try:
        data = json.loads(payload.decode("utf-8"))
        return MachineState(**data)
    except (UnicodeDecodeError, json.JSONDecodeError, ValidationError, TypeError):
        log.warning("dropping malformed message on %s (%d bytes)", topic, len(payload))
        return None


def on_message(client, userdata, msg):
    state = decode(msg.topic, msg.payload)
    if state is not None:
        userdata["buffer"].put_nowait(state)
