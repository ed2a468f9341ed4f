"""Read and write configuration blobs for the older generation of finish-line timers.

The timer's maintenance tool exchanges encrypted JSON blobs over USB; this
module lets the ops team edit them from a laptop.
"""
import json
import os
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

BLOCK = DES3.block_size


def _key() -> bytes:
    return DES3.adjust_key_parity(bytes.fromhex(os.environ["TIMER_CONFIG_KEY"]))


def encrypt_config(config: dict) -> bytes:
    iv = get_random_bytes(BLOCK)
    cipher = DES3.new(_key(), DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(json.dumps(config).encode(), BLOCK))


def decrypt_config(blob: bytes) -> dict:
    iv, body = blob[:BLOCK], blob[BLOCK:]
    cipher = DES3.new(_key(), DES3.MODE_CBC, iv=iv)
    return json.loads(unpad(cipher.decrypt(body), BLOCK))


def edit(path: Path, **changes) -> dict:
    config = decrypt_config(path.read_bytes())
    config.update(changes)
    path.write_bytes(encrypt_config(config))
    return config


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1])
    updates = dict(arg.split("=", 1) for arg in sys.argv[2:])
    print(json.dumps(edit(target, **updates), indent=2))
