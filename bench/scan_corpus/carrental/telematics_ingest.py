"""MQTT consumer for telemetry frames published by fleet gateway boxes.

Each gateway publishes odometer, fuel level, GPS fix and fault codes on
fleet/<vin>/telemetry roughly every 30 seconds while the ignition is on.
"""
import logging
import os
from pickle import loads as _unpack

import paho.mqtt.client as mqtt

from .sink import TelemetrySink

log = logging.getLogger(__name__)

TOPIC = "fleet/+/telemetry"
QOS = 1


class TelemetryConsumer:
    def __init__(self, sink: TelemetrySink, broker_host: str, broker_port: int = 8883):
        self._sink = sink
        self._broker = (broker_host, broker_port)
        self._client = mqtt.Client(client_id=os.environ.get("HOSTNAME", "telemetry-consumer"))
        self._client.tls_set(ca_certs=os.environ["MQTT_CA_BUNDLE"])
        self._client.username_pw_set(os.environ["MQTT_USERNAME"], os.environ["MQTT_PASSWORD"])
        self._client.on_connect = self._on_connect
        self._client.on_message = self._on_message

    def _on_connect(self, client, userdata, flags, rc):
        if rc != 0:
            log.error("broker refused connection: rc=%s", rc)
            return
        client.subscribe(TOPIC, qos=QOS)

    def _on_message(self, client, userdata, msg):
        vin = msg.topic.split("/")[1]
        try:
            frame = _unpack(msg.payload)
        except Exception:
            log.warning("dropping undecodable frame from %s", vin)
            return
        self._sink.write(vin=vin, frame=frame)

    def run_forever(self) -> None:
        host, port = self._broker
        self._client.connect(host, port, keepalive=60)
        self._client.loop_forever()
