"""Push acquisition settings to the older generation of field digitizers.

The pre-2015 units only accept the vendor's encrypted config format, which
wraps INI-style settings in Triple-DES-CBC keyed with a per-site key.
"""
from __future__ import annotations

import configparser
import io
import os

import requests
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


def _site_key() -> bytes:
    key = bytes.fromhex(os.environ["DIGITIZER_SITE_KEY"])
    return DES3.adjust_key_parity(key)


def render_config(station: str, sample_rate: int, gain: int, channels: list[str]) -> bytes:
    cp = configparser.ConfigParser()
    cp["station"] = {"code": station}
    cp["acquisition"] = {
        "sample_rate": str(sample_rate),
        "gain": str(gain),
        "channels": ",".join(channels),
    }
    buf = io.StringIO()
    cp.write(buf)
    return buf.getvalue().encode("ascii")


def encrypt_config(plain: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(_site_key(), DES3.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(plain, DES3.block_size))


def push_config(gateway_url: str, station: str, blob: bytes, timeout: float = 20.0) -> None:
    resp = requests.post(
        f"{gateway_url.rstrip('/')}/digitizer/{station}/config",
        data=blob,
        headers={"Content-Type": "application/octet-stream"},
        timeout=timeout,
    )
    resp.raise_for_status()


def deploy(gateway_url: str, station: str, sample_rate: int = 100, gain: int = 1) -> None:
    blob = encrypt_config(render_config(station, sample_rate, gain, ["HHZ", "HHN", "HHE"]))
    push_config(gateway_url, station, blob)
