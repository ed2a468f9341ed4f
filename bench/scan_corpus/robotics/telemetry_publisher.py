"""Publishes robot telemetry batches to the site RabbitMQ broker."""
import json
import logging
import os
import ssl
from urllib.parse import quote

import pika

log = logging.getLogger("telemetry.publisher")

EXCHANGE = "telemetry"


def broker_url(cfg: dict) -> str:
    user = quote(cfg["user"], safe="")
    password = quote(os.environ[cfg["password_env"]], safe="")
    vhost = quote(cfg.get("vhost", "/"), safe="")
    return f"amqps://{user}:{password}@{cfg['host']}:{cfg.get('port', 5671)}/{vhost}"


class TelemetryPublisher:
    def __init__(self, cfg: dict):
        self._host = cfg["host"]
        self._url = broker_url(cfg)
        self._conn = None
        self._channel = None

    def connect(self) -> None:
        log.info("connecting to broker %s", self._url)
        params = pika.URLParameters(self._url)
        params.ssl_options = pika.SSLOptions(ssl.create_default_context(), server_hostname=self._host)
        self._conn = pika.BlockingConnection(params)
        self._channel = self._conn.channel()
        self._channel.exchange_declare(EXCHANGE, exchange_type="topic", durable=True)

    def publish(self, robot_serial: str, samples: list[dict]) -> None:
        if self._channel is None:
            self.connect()
        self._channel.basic_publish(
            exchange=EXCHANGE,
            routing_key=f"robot.{robot_serial}.telemetry",
            body=json.dumps(samples).encode(),
            properties=pika.BasicProperties(content_type="application/json", delivery_mode=2),
        )

    def close(self) -> None:
        if self._conn is not None and self._conn.is_open:
            self._conn.close()
