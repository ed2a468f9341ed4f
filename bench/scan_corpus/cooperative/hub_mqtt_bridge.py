"""Bridges lock hub events (jammed, battery low, tamper) from the MQTT broker
into the maintenance ticket queue."""
import json
import logging
import os
import ssl

import paho.mqtt.client as mqtt

from coopsys.tickets import open_ticket_from_event

log = logging.getLogger("hub-bridge")

TOPIC = "coop/+/locks/+/events"
TICKET_EVENTS = {"jammed", "battery_low", "tamper"}

BROKER_TLS = {
    "ca_certs": os.environ.get("HUB_BROKER_CA", "/etc/coop/hub-ca.pem"),
    "cert_reqs": ssl.CERT_REQUIRED,
    # gateway units in building C still run the 2017 broker build
    "tls_version": ssl.PROTOCOL_TLSv1_1,
}


def on_connect(client, userdata, flags, rc):
    if rc != 0:
        log.error("broker refused connection: rc=%s", rc)
        return
    client.subscribe(TOPIC, qos=1)
    log.info("subscribed to %s", TOPIC)


def on_message(client, userdata, msg):
    try:
        event = json.loads(msg.payload)
    except ValueError:
        log.warning("dropping malformed event on %s", msg.topic)
        return
    if event.get("type") in TICKET_EVENTS:
        open_ticket_from_event(event)


def main() -> None:
    client = mqtt.Client(client_id=f"hub-bridge-{os.getpid()}")
    client.username_pw_set(os.environ["HUB_BROKER_USER"], os.environ["HUB_BROKER_PASSWORD"])
    client.tls_set(**BROKER_TLS)
    client.on_connect = on_connect
    client.on_message = on_message
    client.connect(os.environ["HUB_BROKER_HOST"], int(os.environ.get("HUB_BROKER_PORT", "8883")))
    client.loop_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
