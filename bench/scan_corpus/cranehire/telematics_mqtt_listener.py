"""Subscribe to the telematics broker and store crane readings.

Each crane publishes to ``fleet/<crane_id>/reading`` every ten seconds while
the engine is running. Readings land in a local SQLite buffer that the
ingest job ships to the warehouse.
"""
import json
import logging
import os
import sqlite3
import ssl

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)

_TLS_OPTIONS = {
    "ca_file_env": "MQTT_CA_FILE",
    "minimum_version": ssl.TLSVersion.TLSv1,
    "ciphers": None,
}


def build_tls_context(options=_TLS_OPTIONS) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=os.environ[options["ca_file_env"]])
    ctx.minimum_version = options["minimum_version"]
    if options["ciphers"]:
        ctx.set_ciphers(options["ciphers"])
    return ctx


class ReadingBuffer:
    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS readings ("
            " crane_id TEXT, ts INTEGER, hook_load_t REAL, radius_m REAL,"
            " wind_ms REAL, utilisation_pct REAL)"
        )

    def add(self, crane_id: str, reading: dict) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO readings VALUES (?, ?, ?, ?, ?, ?)",
                (
                    crane_id,
                    int(reading["ts"]),
                    float(reading["hook_load_t"]),
                    float(reading["radius_m"]),
                    float(reading.get("wind_ms", 0.0)),
                    float(reading["utilisation_pct"]),
                ),
            )


def on_connect(client, userdata, flags, reason_code, properties):
    if reason_code.is_failure:
        log.error("broker refused connection: %s", reason_code)
        return
    client.subscribe("fleet/+/reading", qos=1)


def on_message(client, userdata, msg):
    parts = msg.topic.split("/")
    if len(parts) != 3:
        return
    try:
        reading = json.loads(msg.payload)
        userdata["buffer"].add(parts[1], reading)
    except (ValueError, KeyError, TypeError) as exc:
        log.warning("dropping malformed reading from %s: %s", parts[1], exc)


def main() -> None:
    buffer = ReadingBuffer(os.environ.get("READING_BUFFER", "/var/lib/cranehire/readings.db"))
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="fleet-ingest",
                         userdata={"buffer": buffer})
    client.username_pw_set(os.environ["MQTT_USERNAME"], os.environ["MQTT_PASSWORD"])
    client.tls_set_context(build_tls_context())
    client.on_connect = on_connect
    client.on_message = on_message
    client.connect(os.environ["MQTT_HOST"], int(os.environ.get("MQTT_PORT", "8883")))
    client.loop_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
