"""MQTT consumer for uplinks forwarded by the network server."""

import json
import logging
import os
import ssl

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)

TOPIC = "application/+/device/+/event/up"


def _tls_context(ca_file: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class UplinkConsumer:
    def __init__(self, handler, ca_file: str = "/etc/hivesense/broker-ca.pem"):
        self.handler = handler
        self.client = mqtt.Client(client_id="hivesense-uplinks", clean_session=False)
        self.client.username_pw_set(
            os.environ["BROKER_USERNAME"], os.environ["BROKER_PASSWORD"]
        )
        self.client.tls_set_context(_tls_context(ca_file))
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message

    def _on_connect(self, client, userdata, flags, rc):
        if rc != 0:
            log.error("broker connection refused: rc=%s", rc)
            return
        client.subscribe(TOPIC, qos=1)

    def _on_message(self, client, userdata, msg):
        try:
            event = json.loads(msg.payload)
        except ValueError:
            log.warning("non-JSON uplink on %s", msg.topic)
            return
        self.handler(event["deviceInfo"]["devEui"], event.get("object", {}))

    def run(self) -> None:
        self.client.connect(os.environ["BROKER_HOST"], 8883, keepalive=60)
        self.client.loop_forever()
