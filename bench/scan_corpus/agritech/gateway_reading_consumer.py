"""Consume soil-probe readings that field gateways publish over MQTT.

Each gateway batches moisture / EC / temperature samples from up to 32 probes
and publishes them to ``farms/<farm>/gateways/<gateway>/readings`` every few
minutes. Firmware >= 2.4 serialises the batch with jsonpickle so the
``ProbeSample`` objects round-trip with their calibration metadata.
"""
import logging
import os

import jsonpickle
import paho.mqtt.client as mqtt

from agri.readings import ReadingStore

log = logging.getLogger("gateway.consumer")

TOPIC = "farms/+/gateways/+/readings"


class ReadingConsumer:
    def __init__(self, store: ReadingStore, host: str, port: int = 8883):
        self.store = store
        self.host = host
        self.port = port
        self.client = mqtt.Client(client_id=f"ingest-{os.getpid()}", clean_session=False)
        self.client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASSWORD"])
        self.client.tls_set()
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message

    def _on_connect(self, client, userdata, flags, rc):
        if rc != 0:
            log.error("mqtt connect failed rc=%s", rc)
            return
        client.subscribe(TOPIC, qos=1)
        log.info("subscribed to %s", TOPIC)

    def _on_message(self, client, userdata, msg):
        try:
            _, farm_id, _, gateway_id, _ = msg.topic.split("/")
        except ValueError:
            log.warning("unexpected topic %s", msg.topic)
            return
        text = msg.payload.decode("utf-8")
        batch = jsonpickle.decode(text)
        samples = getattr(batch, "samples", batch)
        stored = self.store.write_samples(farm_id, gateway_id, samples)
        log.debug("gateway %s/%s: stored %d samples", farm_id, gateway_id, stored)

    def run_forever(self) -> None:
        self.client.connect(self.host, self.port, keepalive=60)
        self.client.loop_forever()
