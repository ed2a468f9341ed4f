"""Wrap SIM authentication material (Ki + OPc) before it is staged for the HLR/HSS.

The SIM vendor delivers an output file with clear Ki/OPc values over a
dedicated link.  We re-encrypt every record under the operator transport key
so the staging table never holds clear keys.
"""
import binascii
import os

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

TRANSPORT = {
    "key_env": "SIM_TRANSPORT_KEY",
    "mode": _AES.MODE_ECB,
    "block": 16,
}


def _transport_key() -> bytes:
    key = binascii.unhexlify(os.environ[TRANSPORT["key_env"]])
    if len(key) not in (16, 32):
        raise ValueError("transport key must be 128 or 256 bits")
    return key


def _cipher():
    return _AES.new(_transport_key(), TRANSPORT["mode"])


def wrap_record(imsi: str, ki_hex: str, opc_hex: str) -> dict:
    clear = binascii.unhexlify(ki_hex) + binascii.unhexlify(opc_hex)
    wrapped = _cipher().encrypt(pad(clear, TRANSPORT["block"]))
    return {"imsi": imsi, "blob": binascii.hexlify(wrapped).decode("ascii")}


def unwrap_record(record: dict) -> tuple[str, str]:
    clear = unpad(_cipher().decrypt(binascii.unhexlify(record["blob"])), TRANSPORT["block"])
    ki, opc = clear[:16], clear[16:32]
    return ki.hex().upper(), opc.hex().upper()


def wrap_vendor_file(lines):
    """Vendor output lines look like ``IMSI KI OPC`` separated by whitespace."""
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        imsi, ki, opc = line.split()[:3]
        yield wrap_record(imsi, ki, opc)
