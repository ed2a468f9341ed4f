"""TLS setup for the bank fill-level sensor broker connection."""

import os
import ssl

import paho.mqtt.client as mqtt

TLS_PROFILE = {
    "ca_file": os.environ.get("BANK_BROKER_CA", "/etc/ssl/certs/ca-certificates.crt"),
    "client_cert": os.environ.get("BANK_BROKER_CERT"),
    "client_key": os.environ.get("BANK_BROKER_KEY"),
    "minimum_version": ssl.TLSVersion.TLSv1_2,
}


def tls_context(profile: dict = TLS_PROFILE) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=profile["ca_file"])
    ctx.minimum_version = profile["minimum_version"]
    if profile["client_cert"]:
        ctx.load_cert_chain(profile["client_cert"], profile["client_key"])
    return ctx


def connect(host: str, port: int = 8883, client_id: str = "bank-fill-ingest") -> mqtt.Client:
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id)
    client.tls_set_context(tls_context())
    client.connect(host, port, keepalive=60)
    return client
