"""MQTT bridge between prop controllers and the room server."""
import json
import logging
import os
import ssl

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)

BROKER_HOST = os.environ.get("PROP_BROKER_HOST", "localhost")
BROKER_PORT = int(os.environ.get("PROP_BROKER_PORT", "8883"))
TOPIC_ROOT = "escape/rooms"


class PropEventBus:
    def __init__(self, room: str, on_state):
        self.room = room
        self.on_state = on_state
        self.client = mqtt.Client(client_id=f"room-server-{room}")
        self.client.tls_set(
            ca_certs=os.environ.get("PROP_BROKER_CA"),
            cert_reqs=ssl.CERT_REQUIRED,
            tls_version=ssl.PROTOCOL_TLS_CLIENT,
        )
        self.client.username_pw_set(os.environ["PROP_BROKER_USER"], os.environ["PROP_BROKER_PASSWORD"])
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message

    def _on_connect(self, client, userdata, flags, rc):
        client.subscribe(f"{TOPIC_ROOT}/{self.room}/props/+/state")
        log.info("prop bus connected for %s rc=%s", self.room, rc)

    def _on_message(self, client, userdata, msg):
        prop = msg.topic.split("/")[-2]
        try:
            state = json.loads(msg.payload)
        except ValueError:
            log.warning("dropping malformed state from %s", prop)
            return
        self.on_state(prop, state)

    def start(self) -> None:
        self.client.connect(BROKER_HOST, BROKER_PORT, keepalive=30)
        self.client.loop_start()
