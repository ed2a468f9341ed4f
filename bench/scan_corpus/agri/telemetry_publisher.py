"""MQTT publisher used by the livestock tag readers at water points."""
import json
import os
import ssl

import paho.mqtt.client as mqtt


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=os.environ.get("TAGREADER_CA_FILE"))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(
        certfile=os.environ["TAGREADER_CERT_FILE"],
        keyfile=os.environ["TAGREADER_KEY_FILE"],
    )
    return ctx


class TagReadPublisher:
    def __init__(self, reader_id: str, host: str, port: int = 8883):
        self.reader_id = reader_id
        self.host = host
        self.port = port
        self.client = mqtt.Client(client_id=f"tagreader-{reader_id}")
        self.client.tls_set_context(_tls_context())

    def connect(self) -> None:
        self.client.connect(self.host, self.port, keepalive=60)
        self.client.loop_start()

    def publish_read(self, eid: str, antenna: int, rssi: int, seen_at: str) -> None:
        payload = {"eid": eid, "antenna": antenna, "rssi": rssi, "seen_at": seen_at}
        self.client.publish(f"ranch/readers/{self.reader_id}/reads", json.dumps(payload), qos=1)

    def close(self) -> None:
        self.client.loop_stop()
        self.client.disconnect()
