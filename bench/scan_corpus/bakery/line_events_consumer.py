"""Consume oven line events from the plant MQTT broker and persist them.

The edge gateways publish to bakery/lines/<line>/events. Payloads carry
typed event objects (ZoneAlarm, BeltSpeedChange, RecipeLoaded) so that the
consumer works with the same classes the gateways use.
"""
import logging
import os

import jsonpickle
import paho.mqtt.client as mqtt

from bakery_events.store import EventStore

log = logging.getLogger("line-events")

TOPIC = "bakery/lines/+/events"


def on_connect(client, userdata, flags, rc, properties=None):
    log.info("connected to broker (rc=%s), subscribing to %s", rc, TOPIC)
    client.subscribe(TOPIC, qos=1)


def on_message(client, userdata, msg):
    line = msg.topic.split("/")[2]
    event = jsonpickle.decode(msg.payload.decode("utf-8"))
    userdata["store"].append(line=line, event=event)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    client = mqtt.Client(client_id="line-events-consumer", userdata={"store": EventStore.from_env()})
    client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASSWORD"])
    client.tls_set(ca_certs=os.environ.get("MQTT_CA_FILE"))
    client.on_connect = on_connect
    client.on_message = on_message
    client.connect(os.environ["MQTT_HOST"], int(os.environ.get("MQTT_PORT", "8883")))
    client.loop_forever()


if __name__ == "__main__":
    main()
