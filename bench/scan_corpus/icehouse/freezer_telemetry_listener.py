"""Subscribes to freezer telemetry on the plant MQTT broker and stores it.

Gateways publish JSON readings on plant/<site>/freezer/<id>/reading. This
listener writes them to the telemetry database in small batches.
"""
import json
import logging
import os
import queue
import threading
from dataclasses import dataclass

import paho.mqtt.client as mqtt

from .storage import insert_readings

log = logging.getLogger("icehouse.telemetry.listener")


@dataclass(frozen=True)
class BrokerSettings:
    host: str
    port: int
    username: str
    password: str
    topic: str = "plant/+/freezer/+/reading"

    @classmethod
    def from_env(cls) -> "BrokerSettings":
        return cls(
            host=os.environ["MQTT_HOST"],
            port=int(os.environ.get("MQTT_PORT", "8883")),
            username=os.environ["MQTT_USER"],
            password=os.environ["MQTT_PASSWORD"],
        )


_buffer: "queue.Queue[dict]" = queue.Queue(maxsize=10_000)


def _on_connect(client, userdata: BrokerSettings, flags, rc):
    if rc != 0:
        log.error("broker %s:%s refused connection for %s (rc=%s)", userdata.host, userdata.port, userdata.username, rc)
        return
    client.subscribe(userdata.topic, qos=1)
    log.info("subscribed to %s", userdata.topic)


def _on_message(client, userdata, msg):
    try:
        reading = json.loads(msg.payload)
        reading["freezer_id"] = msg.topic.split("/")[3]
        _buffer.put_nowait(reading)
    except (ValueError, IndexError, queue.Full) as exc:
        log.warning("dropped reading on %s: %s", msg.topic, exc)


def _flusher(batch_size: int = 200) -> None:
    while True:
        batch = [_buffer.get()]
        while len(batch) < batch_size and not _buffer.empty():
            batch.append(_buffer.get_nowait())
        insert_readings(batch)


def run() -> None:
    settings = BrokerSettings.from_env()
    client = mqtt.Client(client_id="freezer-telemetry-listener", userdata=settings)
    client.username_pw_set(settings.username, settings.password)
    client.tls_set()
    client.on_connect = _on_connect
    client.on_message = _on_message
    threading.Thread(target=_flusher, daemon=True).start()
    log.info("connecting to mqtts://%s@%s:%s", settings.username, settings.host, settings.port)
    client.connect(settings.host, settings.port, keepalive=30)
    client.loop_forever()
