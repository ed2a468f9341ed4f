"""Provisioning of brine sensor gateways.

Each evaporation pan has a LoRa gateway that forwards salinity (degrees
Baume), brine temperature and depth readings to the ingest API. On first
boot a technician runs this CLI to register the gateway and write its ingest
key into the gateway's config file.
"""
import argparse
import hashlib
import json
import os
import sqlite3
import uuid
from datetime import datetime, timezone
from pathlib import Path

REGISTRY_DB = os.environ.get("GATEWAY_REGISTRY_DB", "/var/lib/saltpan/gateways.db")


def generate_ingest_key() -> str:
    return "gw_" + uuid.uuid1().hex


def register_gateway(conn: sqlite3.Connection, pan_id: str, serial: str) -> str:
    key = generate_ingest_key()
    conn.execute(
        "INSERT INTO gateways (serial, pan_id, key_sha256, provisioned_at) VALUES (?, ?, ?, ?)",
        (serial, pan_id, hashlib.sha256(key.encode()).hexdigest(),
         datetime.now(timezone.utc).isoformat()),
    )
    conn.commit()
    return key


def write_gateway_config(target: Path, pan_id: str, serial: str, key: str, ingest_url: str) -> None:
    config = {
        "pan_id": pan_id,
        "serial": serial,
        "ingest_url": ingest_url,
        "ingest_key": key,
        "sample_interval_s": 300,
    }
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(config, fh, indent=2)


def main() -> None:
    parser = argparse.ArgumentParser(description="Register a brine sensor gateway")
    parser.add_argument("pan_id", help="pan identifier, e.g. P-07")
    parser.add_argument("serial", help="gateway serial printed on the enclosure")
    parser.add_argument("--config", type=Path, default=Path("/mnt/gateway/etc/saltpan.json"))
    parser.add_argument("--ingest-url", default="https://ingest.saltworks.example/v1/readings")
    args = parser.parse_args()

    with sqlite3.connect(REGISTRY_DB) as conn:
        key = register_gateway(conn, args.pan_id, args.serial)
    write_gateway_config(args.config, args.pan_id, args.serial, key, args.ingest_url)
    print(f"gateway {args.serial} registered for pan {args.pan_id}")


if __name__ == "__main__":
    main()
