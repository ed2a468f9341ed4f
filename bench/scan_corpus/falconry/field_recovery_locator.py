"""Field recovery helper for the tracking laptop in the display van.

When a bird does not return to the lure, the falconer runs this on the van's
laptop: it reads the laptop's own position from the local gpsd daemon and
shows distance and bearing to the bird's latest tracker fix.
"""
from __future__ import annotations

import json
import math
import socket
from dataclasses import dataclass

GPSD_ADDRESS = ("127.0.0.1", 2947)
WATCH_CMD = b'?WATCH={"enable":true,"json":true}\n'


@dataclass(frozen=True)
class Position:
    lat: float
    lon: float


def read_own_position(timeout: float = 10.0) -> Position:
    with socket.create_connection(GPSD_ADDRESS, timeout=timeout) as sock:
        sock.sendall(WATCH_CMD)
        buf = b""
        while True:
            chunk = sock.recv(4096)
            if not chunk:
                raise ConnectionError("gpsd closed the connection")
            buf += chunk
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                msg = json.loads(line)
                if msg.get("class") == "TPV" and msg.get("mode", 0) >= 2:
                    return Position(msg["lat"], msg["lon"])


def distance_and_bearing(a: Position, b: Position) -> tuple[float, float]:
    r = 6_371_000.0
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi = phi2 - phi1
    dlmb = math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    dist = 2 * r * math.asin(math.sqrt(h))
    y = math.sin(dlmb) * math.cos(phi2)
    x = math.cos(phi1) * math.sin(phi2) - math.sin(phi1) * math.cos(phi2) * math.cos(dlmb)
    bearing = (math.degrees(math.atan2(y, x)) + 360) % 360
    return dist, bearing


def compass_point(bearing: float) -> str:
    points = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
    return points[int((bearing + 22.5) // 45) % 8]


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Distance to a bird's last fix")
    parser.add_argument("lat", type=float)
    parser.add_argument("lon", type=float)
    args = parser.parse_args()
    here = read_own_position()
    dist, bearing = distance_and_bearing(here, Position(args.lat, args.lon))
    print(f"{dist:,.0f} m {compass_point(bearing)} ({bearing:.0f} deg)")


if __name__ == "__main__":
    main()
