"""MQTT subscriber for melt shop telemetry (furnaces, ladles, pyrometers).

The broker requires mutual TLS; certificates are issued per gateway by the
plant CA.
"""
import json
import logging
import ssl

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)

TLS_SETTINGS = {
    "min_version": ssl.TLSVersion.TLSv1_2,
}


def tls_context(cafile: str, certfile: str, keyfile: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cafile)
    ctx.minimum_version = TLS_SETTINGS["min_version"]
    ctx.load_cert_chain(certfile=certfile, keyfile=keyfile)
    return ctx


def make_client(cfg: dict, on_reading) -> mqtt.Client:
    client = mqtt.Client(client_id=cfg["client_id"], clean_session=False)
    client.tls_set_context(tls_context(cfg["ca_file"], cfg["cert_file"], cfg["key_file"]))

    def _on_connect(c, userdata, flags, rc):
        if rc != 0:
            log.error("broker refused connection rc=%s", rc)
            return
        c.subscribe("meltshop/+/furnace/+/telemetry", qos=1)

    def _on_message(c, userdata, msg):
        try:
            on_reading(msg.topic, json.loads(msg.payload))
        except ValueError:
            log.warning("dropping non-JSON message on %s", msg.topic)

    client.on_connect = _on_connect
    client.on_message = _on_message
    return client


def run(cfg: dict, on_reading) -> None:
    client = make_client(cfg, on_reading)
    client.connect(cfg["broker_host"], int(cfg.get("broker_port", 8883)), keepalive=30)
    client.loop_forever()
