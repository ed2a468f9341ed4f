"""Bridges dissolved-oxygen sensors from the site broker to the cloud broker.

Oxygen probes at each pen publish to the local Mosquitto on the feed barge;
this bridge forwards readings to the central broker so that low-oxygen
alarms can page the site manager.
"""
from __future__ import annotations

import json
import os
import ssl
from dataclasses import dataclass, field

import paho.mqtt.client as mqtt


@dataclass
class BrokerConfig:
    host: str = field(default_factory=lambda: os.environ["CLOUD_MQTT_HOST"])
    port: int = 8883
    ca_file: str = "/etc/ssl/certs/ca-certificates.crt"
    client_cert: str = "/etc/fishfarm/mqtt/client.crt"
    client_key: str = "/etc/fishfarm/mqtt/client.key"
    min_tls: str = "TLSv1"
    topic_prefix: str = "sites"


def build_tls_context(cfg: BrokerConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cfg.ca_file)
    ctx.load_cert_chain(cfg.client_cert, cfg.client_key)
    ctx.minimum_version = ssl.TLSVersion[cfg.min_tls]
    return ctx


class OxygenBridge:
    def __init__(self, site: str, cfg: BrokerConfig | None = None) -> None:
        self.site = site
        self.cfg = cfg or BrokerConfig()
        self.local = mqtt.Client(client_id=f"bridge-local-{site}")
        self.cloud = mqtt.Client(client_id=f"bridge-cloud-{site}")
        self.cloud.tls_set_context(build_tls_context(self.cfg))
        self.local.on_message = self._forward

    def _forward(self, client, userdata, msg) -> None:
        reading = json.loads(msg.payload)
        pen = msg.topic.rsplit("/", 2)[-2]
        out_topic = f"{self.cfg.topic_prefix}/{self.site}/pens/{pen}/oxygen"
        self.cloud.publish(out_topic, json.dumps(reading), qos=1)

    def start(self) -> None:
        self.cloud.connect(self.cfg.host, self.cfg.port)
        self.cloud.loop_start()
        self.local.connect("localhost", 1883)
        self.local.subscribe("pens/+/oxygen/raw", qos=1)
        self.local.loop_forever()


if __name__ == "__main__":
    OxygenBridge(os.environ["SITE_CODE"]).start()
