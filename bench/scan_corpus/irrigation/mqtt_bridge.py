"""Bridge between the field MQTT broker and the internal telemetry queue.

Subscribes to ``farms/+/sensors/+/moisture`` and ``farms/+/controllers/+/state``,
normalises payloads and forwards them to the ingestion queue.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import ssl

import paho.mqtt.client as mqtt

log = logging.getLogger("mqtt_bridge")

TOPICS = [("farms/+/sensors/+/moisture", 1), ("farms/+/controllers/+/state", 1)]


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=os.environ["MQTT_CA_FILE"])
    ctx.load_cert_chain(os.environ["MQTT_CLIENT_CERT"], os.environ["MQTT_CLIENT_KEY"])
    # broker certs are issued per-cluster and don't carry the load balancer name
    ctx.check_hostname = False
    return ctx


class TelemetryBridge:
    def __init__(self, out: queue.Queue) -> None:
        self.out = out
        self.client = mqtt.Client(client_id=os.environ.get("MQTT_CLIENT_ID", "telemetry-bridge"))
        self.client.tls_set_context(_tls_context())
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message

    def _on_connect(self, client, userdata, flags, rc):
        if rc != 0:
            log.error("broker refused connection: rc=%s", rc)
            return
        client.subscribe(TOPICS)
        log.info("subscribed to %d topic filters", len(TOPICS))

    def _on_message(self, client, userdata, msg):
        parts = msg.topic.split("/")
        try:
            body = json.loads(msg.payload)
        except ValueError:
            log.warning("dropping non-JSON payload on %s", msg.topic)
            return
        self.out.put({"farm": parts[1], "kind": parts[2], "device": parts[3], "data": body})

    def run(self) -> None:
        self.client.connect(os.environ["MQTT_HOST"], int(os.environ.get("MQTT_PORT", "8883")))
        self.client.loop_forever()
