"""Worker that prints bag and pallet labels on the bagging line.

The line PLC publishes a message on MQTT when a pallet is closed; the message
names the label template and carries the batch fields. We render the ZPL
template and push it to the Zebra printer on the line.
"""
import json
import logging
import os
import socket
from pathlib import Path
from string import Template

import paho.mqtt.client as mqtt

log = logging.getLogger("icehouse.labels")

TEMPLATE_DIR = Path(os.environ.get("LABEL_TEMPLATE_DIR", "/opt/icehouse/labels"))
PRINTER_HOST = os.environ["LABEL_PRINTER_HOST"]
PRINTER_PORT = int(os.environ.get("LABEL_PRINTER_PORT", "9100"))
TOPIC = "plant/bagging/+/pallet-closed"


def load_template(name: str) -> Template:
    path = TEMPLATE_DIR / name
    return Template(path.read_text(encoding="utf-8"))


def render_label(payload: dict) -> bytes:
    tpl = load_template(payload.get("template", "pallet_default.zpl"))
    fields = {k: str(v) for k, v in payload.get("fields", {}).items()}
    return tpl.substitute(fields).encode("utf-8")


def send_to_printer(zpl: bytes) -> None:
    with socket.create_connection((PRINTER_HOST, PRINTER_PORT), timeout=5) as sock:
        sock.sendall(zpl)


def on_message(client: mqtt.Client, userdata, msg: mqtt.MQTTMessage) -> None:
    try:
        payload = json.loads(msg.payload)
        send_to_printer(render_label(payload))
        log.info("printed label for batch %s from %s", payload.get("fields", {}).get("batch"), msg.topic)
    except (OSError, ValueError, KeyError) as exc:
        log.error("label print failed for %s: %s", msg.topic, exc)


def main() -> None:
    client = mqtt.Client(client_id="label-print-worker")
    client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASSWORD"])
    client.tls_set()
    client.on_message = on_message
    client.connect(os.environ["MQTT_HOST"], int(os.environ.get("MQTT_PORT", "8883")))
    client.subscribe(TOPIC, qos=1)
    client.loop_forever()


if __name__ == "__main__":
    main()
