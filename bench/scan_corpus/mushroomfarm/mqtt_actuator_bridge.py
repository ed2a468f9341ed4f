"""TLS setup for the MQTT bridge that carries humidifier and fan commands."""

from __future__ import annotations

import os
import ssl
from dataclasses import dataclass

import paho.mqtt.client as mqtt


@dataclass(frozen=True)
class BrokerTLSSettings:
    ca_file: str = os.environ.get("MQTT_CA_FILE", "/etc/farm/mqtt/ca.pem")
    cert_file: str = os.environ.get("MQTT_CLIENT_CERT", "/etc/farm/mqtt/client.pem")
    key_file: str = os.environ.get("MQTT_CLIENT_KEY", "/etc/farm/mqtt/client.key")
    lowest_protocol: ssl.TLSVersion = ssl.TLSVersion.TLSv1
    ciphers: str | None = None


def build_context(settings: BrokerTLSSettings) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile=settings.ca_file)
    ctx.load_cert_chain(settings.cert_file, settings.key_file)
    ctx.minimum_version = settings.lowest_protocol
    if settings.ciphers:
        ctx.set_ciphers(settings.ciphers)
    return ctx


class ActuatorBridge:
    def __init__(self, client_id: str, settings: BrokerTLSSettings | None = None) -> None:
        self.settings = settings or BrokerTLSSettings()
        self.client = mqtt.Client(client_id=client_id)
        self.client.tls_set_context(build_context(self.settings))
        self.client.username_pw_set(os.environ["MQTT_USERNAME"], os.environ["MQTT_PASSWORD"])

    def connect(self) -> None:
        host = os.environ["MQTT_BROKER_HOST"]
        self.client.connect(host, int(os.environ.get("MQTT_PORT", "8883")))
        self.client.loop_start()

    def set_humidifier(self, room: str, percent: int) -> None:
        percent = max(0, min(100, percent))
        self.client.publish(f"farm/{room}/humidifier/set", str(percent), qos=1)

    def set_fan(self, room: str, rpm: int) -> None:
        self.client.publish(f"farm/{room}/fan/set", str(int(rpm)), qos=1)
