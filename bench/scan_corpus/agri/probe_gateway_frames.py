"""Codec for uplink/downlink frames of the SP-100 soil probe gateways.

The first generation gateways (field installs 2016-2019) still make up most
of the fleet in the northern district, so the ingest service has to speak
their frame format.
"""
import os
import struct

from Crypto.Cipher import DES3 as _TDES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

HEADER = struct.Struct(">4sHI")  # gateway id, probe index, sequence
IV_LEN = 8


def _gateway_key() -> bytes:
    return bytes.fromhex(os.environ["SP100_FRAME_KEY"])


def _cipher(key: bytes, iv: bytes):
    return _TDES.new(key, _TDES.MODE_CBC, iv=iv)


def encode_downlink(gateway_id: bytes, probe: int, seq: int, payload: bytes) -> bytes:
    iv = get_random_bytes(IV_LEN)
    body = _cipher(_gateway_key(), iv).encrypt(pad(payload, _TDES.block_size))
    return HEADER.pack(gateway_id, probe, seq) + iv + body


def decode_uplink(frame: bytes) -> dict:
    gateway_id, probe, seq = HEADER.unpack_from(frame)
    offset = HEADER.size
    iv = frame[offset:offset + IV_LEN]
    body = frame[offset + IV_LEN:]
    plain = unpad(_cipher(_gateway_key(), iv).decrypt(body), _TDES.block_size)
    moisture, temp_c, ec = struct.unpack(">HhH", plain[:6])
    return {
        "gateway": gateway_id.hex(),
        "probe": probe,
        "seq": seq,
        "vwc_pct": moisture / 100,
        "soil_temp_c": temp_c / 10,
        "ec_ds_m": ec / 1000,
    }
