"""Export saw-line recipes in the format the headrig HMI imports.

The HMI on the headrig (installed 2009) reads encrypted recipe packs from a
USB stick. The vendor's format is a 3-key triple-DES CBC stream with the IV
prepended, keyed with the site key from the commissioning sheet.
"""
import csv
import io
import os
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

RECIPE_FIELDS = ("recipe_id", "species", "log_diameter_mm", "pattern", "kerf_mm", "feed_m_min")


def _site_key() -> bytes:
    key = bytes.fromhex(os.environ["HEADRIG_SITE_KEY"])
    if len(key) != 24:
        raise ValueError("site key must be 24 bytes")
    return key


def _encrypt(plaintext: bytes, key: bytes) -> bytes:
    iv = os.urandom(8)
    padder = padding.PKCS7(64).padder()
    padded = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(padded) + encryptor.finalize()


def recipes_to_csv(recipes: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=RECIPE_FIELDS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(recipes)
    return buf.getvalue().encode("latin-1")


def write_recipe_pack(recipes: list[dict], usb_mount: Path) -> Path:
    target = usb_mount / "RECIPES.PAK"
    target.write_bytes(_encrypt(recipes_to_csv(recipes), _site_key()))
    return target
