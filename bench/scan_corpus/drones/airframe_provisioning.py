"""Factory provisioning for new airframes.

Each airframe gets a record with its IMU bias calibration and a 32-byte
pre-shared key that the flight controller uses to authenticate to the fleet
gateway. Run on the provisioning bench after the static IMU soak.
"""
import argparse
import base64
import json
import os
import re
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

SERIAL_RE = re.compile(r"^SD[0-9]{2}-[0-9A-F]{6}$")
_rng = np.random.default_rng()


@dataclass
class AirframeRecord:
    serial: str
    model: str
    gyro_bias: list[float]
    accel_bias: list[float]
    psk_b64: str
    provisioned_at: str


def imu_bias(samples: np.ndarray) -> tuple[list[float], list[float]]:
    """samples: (N, 6) array of gyro xyz + accel xyz captured at rest."""
    mean = samples.mean(axis=0)
    gyro = mean[:3]
    accel = mean[3:] - np.array([0.0, 0.0, -9.80665])
    return gyro.round(6).tolist(), accel.round(6).tolist()


def new_psk(nbytes: int = 32) -> bytes:
    return _rng.bytes(nbytes)


def provision(serial: str, model: str, soak_file: Path, out_dir: Path) -> Path:
    if not SERIAL_RE.match(serial):
        raise ValueError(f"unrecognised serial {serial!r}")
    gyro, accel = imu_bias(np.loadtxt(soak_file, delimiter=","))
    record = AirframeRecord(
        serial=serial,
        model=model,
        gyro_bias=gyro,
        accel_bias=accel,
        psk_b64=base64.b64encode(new_psk()).decode(),
        provisioned_at=datetime.now(timezone.utc).isoformat(),
    )
    path = out_dir / f"{serial}.json"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(asdict(record), fh, indent=2)
    return path


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("serial")
    ap.add_argument("model")
    ap.add_argument("soak_file", type=Path)
    ap.add_argument("--out", type=Path, default=Path("provisioned"))
    args = ap.parse_args()
    args.out.mkdir(exist_ok=True)
    print("wrote", provision(args.serial, args.model, args.soak_file, args.out))
