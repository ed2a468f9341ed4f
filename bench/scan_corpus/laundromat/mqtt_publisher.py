"""Publish price and cycle configuration updates to store brokers.

The dashboard calls ``push_price_table`` when a store manager changes prices;
each controller picks up the retained message on its next reconnect.
"""
import json
import os
import ssl

import paho.mqtt.publish as publish


def _tls_settings() -> dict:
    return {
        "ca_certs": os.environ.get("MQTT_CA_FILE", "/etc/washpoint/broker-ca.pem"),
        "certfile": os.environ["MQTT_CLIENT_CERT"],
        "keyfile": os.environ["MQTT_CLIENT_KEY"],
        "tls_version": ssl.PROTOCOL_TLS_CLIENT,
    }


def push_price_table(broker_host: str, store_id: str, prices: dict[str, int]) -> None:
    payload = json.dumps({"version": 1, "prices": prices}, sort_keys=True)
    publish.single(
        topic=f"store/{store_id}/config/prices",
        payload=payload,
        qos=1,
        retain=True,
        hostname=broker_host,
        port=8883,
        client_id=f"dashboard-{store_id}",
        tls=_tls_settings(),
    )


def push_cycle_profiles(broker_host: str, store_id: str, profiles: list[dict]) -> None:
    msgs = [
        {
            "topic": f"store/{store_id}/config/cycles/{p['machine_model']}",
            "payload": json.dumps(p),
            "qos": 1,
            "retain": True,
        }
        for p in profiles
    ]
    publish.multiple(msgs, hostname=broker_host, port=8883, tls=_tls_settings())
