"""Builds the encrypted duty file loaded onto the on-bus driver consoles.

The consoles (firmware 4.x) read ``DUTY.BIN`` from the depot Wi-Fi share at
sign-on. The file holds the day's duty cards for every driver at the depot.
"""
import json
import os
import struct
from datetime import date
from pathlib import Path

from Crypto.Cipher import Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

MAGIC = b"DTY1"


def _console_key() -> bytes:
    return bytes.fromhex(os.environ["CONSOLE_DUTY_KEY"])


def _serialise(duties: list[dict], service_date: date) -> bytes:
    body = {
        "date": service_date.isoformat(),
        "duties": [
            {
                "duty": d["duty_no"],
                "staff": d["staff_no"],
                "sign_on": d["sign_on"].strftime("%H:%M"),
                "pieces": d["pieces"],
            }
            for d in duties
        ],
    }
    return json.dumps(body, separators=(",", ":")).encode("utf-8")


def build_duty_file(duties: list[dict], service_date: date, out_dir: Path) -> Path:
    plaintext = _serialise(duties, service_date)
    iv = get_random_bytes(Blowfish.block_size)
    cipher = Blowfish.new(_console_key(), Blowfish.MODE_CBC, iv)
    payload = cipher.encrypt(pad(plaintext, Blowfish.block_size))

    out_path = out_dir / "DUTY.BIN"
    with open(out_path, "wb") as fh:
        fh.write(MAGIC)
        fh.write(struct.pack(">I", len(payload)))
        fh.write(iv)
        fh.write(payload)
    return out_path
