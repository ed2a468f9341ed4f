"""Bridges MQTT downlink commands to the RS-485 relay board.

Commands arrive on gw/<id>/cmd/relay as small dict literals, e.g.
{'relay': 3, 'state': True}
"""
import logging
import struct

import paho.mqtt.client as mqtt
import serial

log = logging.getLogger(__name__)

RELAY_CMD = 0xA0


class RelayBridge:
    def __init__(self, port: str, gateway_id: str):
        self.ser = serial.Serial(port, 9600, timeout=1)
        self.topic = f"gw/{gateway_id}/cmd/relay"

    def attach(self, client: mqtt.Client) -> None:
        client.message_callback_add(self.topic, self.on_message)
        client.subscribe(self.topic, qos=1)

    def on_message(self, client, userdata, msg):
        try:
            cmd = eval(msg.payload.decode("utf-8"))
            relay = int(cmd["relay"])
            state = bool(cmd["state"])
        except Exception:
            log.warning("ignoring malformed relay command on %s", msg.topic)
            return
        if not 0 <= relay < 16:
            log.warning("relay index out of range: %d", relay)
            return
        frame = struct.pack(">BBB", RELAY_CMD, relay, 1 if state else 0)
        self.ser.write(frame + bytes([sum(frame) & 0xFF]))
        log.info("relay %d -> %s", relay, "on" if state else "off")
