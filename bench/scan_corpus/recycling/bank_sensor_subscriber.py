"""MQTT subscriber for fill-level sensors on the bottle and textile banks.

Readings are stored so the bank-emptying round can be planned from actual
fill levels instead of a fixed weekly visit.
"""

import json
import logging
import os
import ssl

import paho.mqtt.client as mqtt

from banks.storage import record_fill_level

log = logging.getLogger(__name__)

BROKER = {
    "host": os.environ.get("BANK_BROKER_HOST", ""),
    "port": int(os.environ.get("BANK_BROKER_PORT", "8883")),
    "ca_certs": os.environ.get("BANK_BROKER_CA", "/etc/ssl/certs/ca-certificates.crt"),
    # the sensor vendor's broker appliance only negotiates this version
    "tls_version": ssl.PROTOCOL_TLSv1_1,
    "topic": "banks/+/fill",
    "qos": 1,
}


def _on_connect(client, userdata, flags, reason_code, properties):
    if reason_code.is_failure:
        log.error("broker refused connection: %s", reason_code)
        return
    client.subscribe(BROKER["topic"], qos=BROKER["qos"])


def _on_message(client, userdata, msg):
    bank_id = msg.topic.split("/")[1]
    try:
        reading = json.loads(msg.payload)
        record_fill_level(bank_id, int(reading["fill_pct"]), reading.get("battery_mv"))
    except (ValueError, KeyError) as exc:
        log.warning("dropping malformed reading from %s: %s", bank_id, exc)


def build_client() -> mqtt.Client:
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="bank-fill-ingest")
    client.username_pw_set(os.environ["BANK_BROKER_USER"], os.environ["BANK_BROKER_PASSWORD"])
    client.tls_set(
        ca_certs=BROKER["ca_certs"],
        cert_reqs=ssl.CERT_REQUIRED,
        tls_version=BROKER["tls_version"],
    )
    client.on_connect = _on_connect
    client.on_message = _on_message
    return client


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    c = build_client()
    c.connect(BROKER["host"], BROKER["port"], keepalive=60)
    c.loop_forever()
