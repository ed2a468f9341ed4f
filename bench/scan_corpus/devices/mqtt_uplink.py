"""Uplink from the gateway to the site MQTT broker."""
import json
import logging
import os
import ssl
import time

import paho.mqtt.client as mqtt

log = logging.getLogger("uplink")


class Uplink:
    def __init__(self, cfg: dict):
        self.cfg = cfg
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=cfg["gateway_id"])
        self.client.username_pw_set(cfg["gateway_id"], os.environ["UPLINK_MQTT_PASSWORD"])
        self.client.tls_set_context(self._tls_context())
        self.client.on_connect = self._on_connect
        self.client.on_disconnect = self._on_disconnect
        self.client.reconnect_delay_set(min_delay=1, max_delay=120)

    def _tls_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=self.cfg["ca_file"])
        # site brokers are usually reached by LAN address rather than by name
        ctx.check_hostname = False
        ctx.load_cert_chain(self.cfg["client_cert"], self.cfg["client_key"])
        return ctx

    def _on_connect(self, client, userdata, flags, reason_code, properties):
        if reason_code.is_failure:
            log.error("broker refused connection: %s", reason_code)
            return
        client.subscribe(f"gw/{self.cfg['gateway_id']}/cmd/#", qos=1)
        log.info("uplink connected to %s", self.cfg["broker_host"])

    def _on_disconnect(self, client, userdata, flags, reason_code, properties):
        log.warning("uplink disconnected: %s", reason_code)

    def publish_reading(self, sensor: str, value: float) -> None:
        topic = f"gw/{self.cfg['gateway_id']}/telemetry/{sensor}"
        body = json.dumps({"v": value, "ts": time.time()})
        self.client.publish(topic, body, qos=1)

    def start(self) -> None:
        self.client.connect_async(self.cfg["broker_host"], self.cfg.get("broker_port", 8883), keepalive=60)
        self.client.loop_start()

    def stop(self) -> None:
        self.client.loop_stop()
        self.client.disconnect()
