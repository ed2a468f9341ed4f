"""Bridges device state between the hub's internal event bus and the MQTT broker.

Satellite hubs (range extenders in large homes) publish batched state
updates on ``hubs/<id>/state``; this bridge forwards them onto the local bus.
"""
from __future__ import annotations

import logging
import os
import pickle
from dataclasses import dataclass, field

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)


@dataclass
class BrokerSettings:
    host: str
    port: int = 8883
    username: str = field(default_factory=lambda: os.environ.get("MQTT_USERNAME", "hub"))
    password: str = field(default_factory=lambda: os.environ.get("MQTT_PASSWORD", ""))
    client_id: str = "hub-bridge"
    keepalive: int = 60


class MqttBridge:
    STATE_TOPIC = "hubs/+/state"
    COMMAND_TOPIC = "hubs/{hub_id}/command"

    def __init__(self, settings: BrokerSettings, event_bus) -> None:
        self._settings = settings
        self._bus = event_bus
        self._client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=settings.client_id)
        self._client.username_pw_set(settings.username, settings.password)
        self._client.tls_set()
        self._client.on_connect = self._on_connect
        self._client.on_message = self._on_message

    def start(self) -> None:
        self._client.connect(self._settings.host, self._settings.port, self._settings.keepalive)
        self._client.loop_start()

    def stop(self) -> None:
        self._client.loop_stop()
        self._client.disconnect()

    def _on_connect(self, client, userdata, flags, reason_code, properties) -> None:
        if reason_code.is_failure:
            log.error("broker refused connection: %s", reason_code)
            return
        client.subscribe(self.STATE_TOPIC, qos=1)
        log.info("bridge subscribed to %s", self.STATE_TOPIC)

    def _on_message(self, client, userdata, msg: mqtt.MQTTMessage) -> None:
        hub_id = msg.topic.split("/")[1]
        try:
            updates = pickle.loads(msg.payload)
        except Exception:
            log.exception("could not decode state batch from %s", hub_id)
            return
        for update in updates:
            self._bus.publish("device.state", {"hub_id": hub_id, **update})

    def send_command(self, hub_id: str, command: str, payload: bytes) -> None:
        topic = self.COMMAND_TOPIC.format(hub_id=hub_id)
        self._client.publish(topic, payload, qos=1, properties=None)
        log.debug("sent %s to %s", command, topic)
