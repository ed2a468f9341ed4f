"""Bridge from the underground MQTT broker to the surface historian.

The district concentrators publish methane, CO, O2 and airflow readings to an
MQTT broker on the surface network. This bridge subscribes to the telemetry
topics and forwards readings into the historian queue.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass

import paho.mqtt.client as mqtt
import structlog

from colliery.config import settings
from colliery.historian import enqueue

log = structlog.get_logger("colliery.mqtt_bridge")


@dataclass(frozen=True)
class BrokerConfig:
    host: str
    port: int
    username: str
    password: str
    client_id: str = "historian-bridge"
    topic: str = "colliery/+/telemetry/#"


def broker_config() -> BrokerConfig:
    return BrokerConfig(
        host=settings.MQTT_HOST,
        port=int(settings.MQTT_PORT),
        username=settings.MQTT_USERNAME,
        password=settings.MQTT_PASSWORD,
    )


def on_message(client: mqtt.Client, userdata: BrokerConfig, message: mqtt.MQTTMessage) -> None:
    try:
        reading = json.loads(message.payload)
    except ValueError:
        log.warning("mqtt.bad_payload", topic=message.topic)
        return
    enqueue(topic=message.topic, reading=reading)


def on_connect(client: mqtt.Client, userdata: BrokerConfig, flags, rc) -> None:
    if rc != 0:
        log.error("mqtt.connect_failed", rc=rc, host=userdata.host)
        return
    client.subscribe(userdata.topic, qos=1)
    log.info("mqtt.subscribed", topic=userdata.topic)


def run() -> None:
    config = broker_config()
    log.info("mqtt.connecting", **asdict(config))
    client = mqtt.Client(client_id=config.client_id, userdata=config)
    client.username_pw_set(config.username, config.password)
    client.tls_set()
    client.on_connect = on_connect
    client.on_message = on_message
    client.connect(config.host, config.port, keepalive=30)
    client.loop_forever()


if __name__ == "__main__":
    run()
