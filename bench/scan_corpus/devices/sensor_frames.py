"""Decoder for status lines printed by the sensor hub over USB serial.

Older hub firmware prints Python-style dict literals, newer firmware prints
JSON. Both are accepted.
"""
import ast
import json
import logging

import serial

log = logging.getLogger(__name__)

MAX_LINE = 512


def decode_line(raw: bytes) -> dict | None:
    if len(raw) > MAX_LINE:
        return None
    text = raw.decode("ascii", errors="replace").strip()
    if not text.startswith("{"):
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            log.debug("undecodable hub line (%d bytes)", len(text))
            return None
    return value if isinstance(value, dict) else None


def read_frames(port: str, baudrate: int = 115200):
    with serial.Serial(port, baudrate, timeout=2) as ser:
        while True:
            line = ser.readline()
            if not line:
                continue
            frame = decode_line(line)
            if frame is not None:
                yield frame
