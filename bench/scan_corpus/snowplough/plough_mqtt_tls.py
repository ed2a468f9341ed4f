"""TLS setup for the MQTT bridge between plough units and the fleet broker."""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass

import paho.mqtt.client as mqtt


@dataclass(frozen=True)
class BrokerTls:
    ca_file: str
    cert_file: str
    key_file: str
    floor: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2

    @classmethod
    def from_env(cls) -> "BrokerTls":
        return cls(
            ca_file=os.environ["FLEET_BROKER_CA"],
            cert_file=os.environ["FLEET_UNIT_CERT"],
            key_file=os.environ["FLEET_UNIT_KEY"],
        )

    def context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=self.ca_file)
        ctx.minimum_version = self.floor
        ctx.load_cert_chain(self.cert_file, self.key_file)
        return ctx


class FleetBridge:
    def __init__(self, unit_id: str, host: str, port: int = 8883, tls: BrokerTls | None = None) -> None:
        self.unit_id = unit_id
        self.host = host
        self.port = port
        self.tls = tls or BrokerTls.from_env()
        self.client = mqtt.Client(client_id=f"plough-{unit_id}", clean_session=False)
        self.client.tls_set_context(self.tls.context())

    def connect(self) -> None:
        self.client.connect(self.host, self.port, keepalive=30)
        self.client.loop_start()

    def publish_position(self, lat: float, lon: float, blade_down: bool) -> None:
        topic = f"fleet/{self.unit_id}/position"
        payload = f'{{"lat":{lat:.6f},"lon":{lon:.6f},"blade":{str(blade_down).lower()}}}'
        self.client.publish(topic, payload, qos=1)

    def close(self) -> None:
        self.client.loop_stop()
        self.client.disconnect()


if __name__ == "__main__":
    bridge = FleetBridge(os.environ["PLOUGH_UNIT_ID"], os.environ["FLEET_BROKER_HOST"])
    bridge.connect()
