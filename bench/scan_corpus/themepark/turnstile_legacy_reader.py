"""Protocol adapter for the 2011-era turnstile readers at the north gate.

The readers only speak their vendor framing; each frame is
``iv(8) || ciphertext`` and the key is provisioned per lane.
"""
import logging
import struct

from Crypto.Cipher import Blowfish as _BF
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger(__name__)

FRAME_HEADER = struct.Struct(">BHH")  # version, lane, length


class LaneChannel:
    def __init__(self, lane_id: int, lane_key: bytes):
        self.lane_id = lane_id
        self._key = lane_key

    def encode(self, message: bytes) -> bytes:
        cipher = _BF.new(self._key, _BF.MODE_CBC)
        body = cipher.iv + cipher.encrypt(pad(message, _BF.block_size))
        return FRAME_HEADER.pack(1, self.lane_id, len(body)) + body

    def decode(self, frame: bytes) -> bytes:
        version, lane, length = FRAME_HEADER.unpack_from(frame)
        if version != 1 or lane != self.lane_id:
            raise ValueError("unexpected frame for lane %d" % self.lane_id)
        body = frame[FRAME_HEADER.size:FRAME_HEADER.size + length]
        iv, ct = body[:8], body[8:]
        cipher = _BF.new(self._key, _BF.MODE_CBC, iv=iv)
        return unpad(cipher.decrypt(ct), _BF.block_size)


def open_gate_command(channel: LaneChannel, ticket_serial: str) -> bytes:
    log.info("open lane %s for ticket %s", channel.lane_id, ticket_serial)
    return channel.encode(b"OPEN:" + ticket_serial.encode("ascii"))
