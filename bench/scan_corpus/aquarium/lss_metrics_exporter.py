"""Prometheus exporter for tank telemetry on the LSS gateway.

Only listens on loopback; the node's Prometheus agent scrapes it locally and
remote-writes to the central monitoring stack.
"""
import argparse
import time

from prometheus_client import Gauge, start_http_server

from telemetry.db import latest_readings

TEMPERATURE = Gauge("lss_tank_temperature_celsius", "Tank water temperature", ["tank"])
SALINITY = Gauge("lss_tank_salinity_ppt", "Tank salinity", ["tank"])
PH = Gauge("lss_tank_ph", "Tank pH", ["tank"])
ORP = Gauge("lss_tank_orp_millivolts", "Tank ORP", ["tank"])

LISTEN_ADDR = "127.0.0.1"


def refresh() -> None:
    for row in latest_readings():
        TEMPERATURE.labels(row.tank_id).set(row.temperature_c)
        SALINITY.labels(row.tank_id).set(row.salinity_ppt)
        PH.labels(row.tank_id).set(row.ph)
        ORP.labels(row.tank_id).set(row.orp_mv)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=9410)
    parser.add_argument("--interval", type=float, default=15.0)
    args = parser.parse_args()

    start_http_server(args.port, addr=LISTEN_ADDR)
    while True:
        refresh()
        time.sleep(args.interval)


if __name__ == "__main__":
    main()
