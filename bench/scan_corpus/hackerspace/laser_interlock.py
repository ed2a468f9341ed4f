"""Laser cutter interlock bridge.

Listens for badge-in events from the RFID reader on the laser cutter and
publishes enable/disable commands to the relay board over MQTT. Only members
with the `laser` induction may enable the cutter.
"""
import json
import logging
import os
import threading

import paho.mqtt.client as mqtt

log = logging.getLogger("interlock")

BROKER = {
    "host": os.environ["MQTT_HOST"],
    "port": int(os.environ.get("MQTT_PORT", "8883")),
    "username": "laser-interlock",
    "password": "Kq7!vR2m#Lz9pTw4",
}

BADGE_TOPIC = "space/laser/badge"
RELAY_TOPIC = "space/laser/relay"
SESSION_MINUTES = 90


class Interlock:
    def __init__(self, inducted_uids: set[str]):
        self.inducted = inducted_uids
        self._timer: threading.Timer | None = None
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="laser-interlock")
        self.client.username_pw_set(BROKER["username"], BROKER["password"])
        self.client.tls_set()
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message

    def _on_connect(self, client, userdata, flags, reason_code, properties):
        client.subscribe(BADGE_TOPIC, qos=1)
        self._set_relay(False)

    def _on_message(self, client, userdata, msg):
        event = json.loads(msg.payload)
        uid = event.get("uid", "")
        if uid in self.inducted:
            log.info("enabling laser for badge ending %s", uid[-4:])
            self._set_relay(True)
            self._arm_timeout()
        else:
            log.info("badge ending %s not inducted on laser", uid[-4:])
            self._set_relay(False)

    def _arm_timeout(self):
        if self._timer:
            self._timer.cancel()
        self._timer = threading.Timer(SESSION_MINUTES * 60, self._set_relay, args=(False,))
        self._timer.daemon = True
        self._timer.start()

    def _set_relay(self, on: bool):
        self.client.publish(RELAY_TOPIC, json.dumps({"enabled": on}), qos=1, retain=True)

    def run(self):
        self.client.connect(BROKER["host"], BROKER["port"])
        self.client.loop_forever()
