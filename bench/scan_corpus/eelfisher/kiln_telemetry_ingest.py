"""Ingest of kiln temperature and smoke-density readings.

Each smokehouse kiln reports temperature, humidity and smoke density every
30 seconds over MQTT. This worker stores the readings in the telemetry
database so batch records can show the full smoking curve.
"""

import json
import logging
import os
from dataclasses import dataclass

import paho.mqtt.client as mqtt
import psycopg

logger = logging.getLogger("kiln.telemetry")


@dataclass
class TelemetryDbConfig:
    host: str = os.getenv("TELEMETRY_DB_HOST", "localhost")
    port: int = int(os.getenv("TELEMETRY_DB_PORT", "5432"))
    name: str = os.getenv("TELEMETRY_DB_NAME", "kiln")
    user: str = os.getenv("TELEMETRY_DB_USER", "kiln_ingest")
    password: str = os.getenv("TELEMETRY_DB_PASSWORD", "")


def build_dsn(cfg: TelemetryDbConfig) -> str:
    return f"postgresql://{cfg.user}:{cfg.password}@{cfg.host}:{cfg.port}/{cfg.name}"


def connect(cfg: TelemetryDbConfig) -> psycopg.Connection:
    dsn = build_dsn(cfg)
    logger.info("connecting to telemetry database %s", dsn)
    return psycopg.connect(dsn, autocommit=True)


class KilnIngestor:
    def __init__(self, db: psycopg.Connection):
        self.db = db

    def on_message(self, client, userdata, msg) -> None:
        kiln_id = msg.topic.rsplit("/", 1)[-1]
        reading = json.loads(msg.payload)
        self.db.execute(
            "INSERT INTO kiln_readings (kiln_id, taken_at, temp_c, humidity, smoke_density) "
            "VALUES (%s, %s, %s, %s, %s)",
            (kiln_id, reading["ts"], reading["temp"], reading["rh"], reading["smoke"]),
        )


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    ingestor = KilnIngestor(connect(TelemetryDbConfig()))
    client = mqtt.Client(client_id="kiln-ingest")
    client.on_message = ingestor.on_message
    client.connect(os.getenv("MQTT_BROKER", "mqtt.smokehouse.lan"), 1883)
    client.subscribe("smokehouse/kilns/+")
    client.loop_forever()


if __name__ == "__main__":
    main()
