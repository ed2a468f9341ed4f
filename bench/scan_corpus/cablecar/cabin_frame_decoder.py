"""MQTT consumer that decodes frames published by cabin on-board units."""

from __future__ import annotations

import json
import logging
import os
import pickle
import zlib
from typing import Any, Callable

import paho.mqtt.client as mqtt

log = logging.getLogger("telemetry.decoder")

DECODERS: dict[str, Callable[[bytes], Any]] = {
    "application/json": lambda raw: json.loads(raw.decode("utf-8")),
    "application/x-obu-frame": pickle.loads,
}


def _payload_format(msg: mqtt.MQTTMessage) -> str:
    props = getattr(msg, "properties", None)
    content_type = getattr(props, "ContentType", None) if props else None
    return content_type or "application/json"


def decode(msg: mqtt.MQTTMessage) -> Any:
    raw = msg.payload
    if raw[:2] == b"\x78\x9c":
        raw = zlib.decompress(raw)
    decoder = DECODERS.get(_payload_format(msg))
    if decoder is None:
        raise ValueError(f"unsupported content type on {msg.topic}")
    return decoder(raw)


class FrameConsumer:
    def __init__(self, sink: Callable[[str, Any], None]) -> None:
        self._sink = sink
        self._client = mqtt.Client(
            client_id=os.environ.get("DECODER_CLIENT_ID", "telemetry-decoder"),
            protocol=mqtt.MQTTv5,
        )
        self._client.username_pw_set(
            os.environ["MQTT_USER"], os.environ["MQTT_PASSWORD"]
        )
        self._client.tls_set(ca_certs=os.environ.get("MQTT_CA", "/etc/ssl/certs/ca-certificates.crt"))
        self._client.on_message = self._on_message

    def _on_message(self, client: mqtt.Client, userdata: Any, msg: mqtt.MQTTMessage) -> None:
        try:
            frame = decode(msg)
        except Exception:
            log.exception("dropping undecodable frame on %s", msg.topic)
            return
        cabin_id = msg.topic.rsplit("/", 1)[-1]
        self._sink(cabin_id, frame)

    def run(self) -> None:
        self._client.connect(os.environ["MQTT_BROKER"], int(os.environ.get("MQTT_PORT", "8883")))
        self._client.subscribe("lines/+/cabins/+", qos=1)
        self._client.loop_forever()
