"""Publishes buffered field sensor readings from the edge gateway to the
farm-management MQTT broker."""
import json
import logging
import os
import ssl
import time

import paho.mqtt.client as mqtt

log = logging.getLogger("agrigw.uplink")

BROKER = {
    "host": os.environ.get("AGRIGW_BROKER_HOST", "localhost"),
    "port": int(os.environ.get("AGRIGW_BROKER_PORT", "8883")),
    "ca_certs": os.environ.get("AGRIGW_CA_FILE", "/etc/agrigw/broker-ca.pem"),
    "tls_version": ssl.PROTOCOL_TLSv1,
    "keepalive": 60,
}


def build_client(gateway_id: str) -> mqtt.Client:
    client = mqtt.Client(client_id=f"gw-{gateway_id}", clean_session=False)
    client.username_pw_set(gateway_id, os.environ["AGRIGW_BROKER_PASSWORD"])
    client.tls_set(
        ca_certs=BROKER["ca_certs"],
        cert_reqs=ssl.CERT_REQUIRED,
        tls_version=BROKER["tls_version"],
    )
    client.on_disconnect = lambda c, u, rc: log.warning("broker disconnect rc=%s", rc)
    return client


def publish_batch(client: mqtt.Client, gateway_id: str, readings: list[dict]) -> int:
    sent = 0
    for reading in readings:
        topic = f"farm/{gateway_id}/sensor/{reading['sensor_id']}"
        info = client.publish(topic, json.dumps(reading), qos=1)
        info.wait_for_publish(timeout=10)
        if info.is_published():
            sent += 1
    return sent


def run(gateway_id: str, queue) -> None:
    client = build_client(gateway_id)
    client.connect(BROKER["host"], BROKER["port"], keepalive=BROKER["keepalive"])
    client.loop_start()
    try:
        while True:
            batch = queue.drain(max_items=200)
            if batch:
                log.info("published %d/%d readings", publish_batch(client, gateway_id, batch), len(batch))
            time.sleep(5)
    finally:
        client.loop_stop()
        client.disconnect()
