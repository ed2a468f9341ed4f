"""MQTT command channel between the fleet console and the kiosk agent.

The console publishes commands to ``kiosks/<store>/<kiosk>/cmd``; the agent
executes them through the registered handlers and publishes the result on
``.../result``. Commands are serialised with jsonpickle on the console side
so handler arguments can carry datetimes and small value objects.
"""
from __future__ import annotations

import json
import logging
import os
import ssl
from typing import Callable

import jsonpickle
import paho.mqtt.client as mqtt

log = logging.getLogger("kiosk.commands")

Handler = Callable[[dict], dict]


class CommandQueue:
    def __init__(self, store_id: str, kiosk_id: str, handlers: dict[str, Handler]):
        self.topic = f"kiosks/{store_id}/{kiosk_id}"
        self.handlers = handlers
        self.client = mqtt.Client(client_id=f"kiosk-{kiosk_id}", clean_session=False)
        self.client.username_pw_set(kiosk_id, os.environ["KIOSK_MQTT_PASSWORD"])
        self.client.tls_set(ca_certs=os.environ.get("KIOSK_MQTT_CA"), cert_reqs=ssl.CERT_REQUIRED)
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message

    def _on_connect(self, client, userdata, flags, rc):
        if rc != 0:
            log.error("mqtt connect failed rc=%s", rc)
            return
        client.subscribe(f"{self.topic}/cmd", qos=1)

    def _on_message(self, client, userdata, msg):
        command = jsonpickle.decode(msg.payload.decode("utf-8"))
        name = command.get("name")
        handler = self.handlers.get(name)
        if handler is None:
            result = {"ok": False, "error": f"unknown command {name}"}
        else:
            try:
                result = {"ok": True, "data": handler(command.get("args", {}))}
            except Exception as exc:  # report back to the console
                log.exception("command %s failed", name)
                result = {"ok": False, "error": str(exc)}
        result["id"] = command.get("id")
        client.publish(f"{self.topic}/result", json.dumps(result, default=str), qos=1)

    def run_forever(self, host: str, port: int = 8883) -> None:
        self.client.connect(host, port, keepalive=60)
        self.client.loop_forever()
