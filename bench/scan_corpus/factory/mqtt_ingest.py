"""Subscribes to machine state messages from the plant MQTT broker and buffers them."""
import logging
import os
import pickle
import queue
import ssl

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)
BUFFER: "queue.Queue[dict]" = queue.Queue(maxsize=10_000)
TOPIC = os.environ.get("MQTT_TOPIC", "plant/+/machine/+/state")


def on_connect(client, userdata, flags, rc, properties=None):
    log.info("connected rc=%s, subscribing to %s", rc, TOPIC)
    client.subscribe(TOPIC, qos=1)


def on_message(client, userdata, msg):
    try:
        state = pickle.loads(msg.payload)
    except Exception:
        log.warning("dropping undecodable message on %s", msg.topic)
        return
    state["topic"] = msg.topic
    BUFFER.put_nowait(state)


def build_client() -> mqtt.Client:
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=os.environ.get("MQTT_CLIENT_ID", "ingest"))
    client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASSWORD"])
    client.tls_set(ca_certs=os.environ["MQTT_CA"], tls_version=ssl.PROTOCOL_TLS_CLIENT)
    client.on_connect = on_connect
    client.on_message = on_message
    return client


if __name__ == "__main__":
    c = build_client()
    c.connect(os.environ["MQTT_HOST"], int(os.environ.get("MQTT_PORT", "8883")))
    c.loop_forever()
