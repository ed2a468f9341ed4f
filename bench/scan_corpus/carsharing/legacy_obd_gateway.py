"""Bridge for the first-generation OBD dongles still fitted to part of the fleet.

These units speak a binary protocol over UDP-over-LTE. Payloads are encrypted
with the per-device key that was burned in at the factory; the key is looked
up from the device registry by IMEI.
"""
import logging
import os
import struct

from Crypto.Cipher import DES3 as _TDES
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger(__name__)

HEADER = struct.Struct(">15sBH")  # imei, msg_type, payload_len
MSG_POSITION = 0x01
MSG_IGNITION = 0x02
MSG_UNLOCK_CMD = 0x10


class LegacyDongleCodec:
    block_size = 8

    def __init__(self, registry):
        self._registry = registry

    def _cipher(self, imei: str, iv: bytes):
        return _TDES.new(self._registry.device_key(imei), _TDES.MODE_CBC, iv=iv)

    def decode(self, datagram: bytes) -> tuple[str, int, bytes]:
        imei_raw, msg_type, length = HEADER.unpack_from(datagram)
        imei = imei_raw.decode("ascii")
        body = datagram[HEADER.size:HEADER.size + length]
        iv, ciphertext = body[:self.block_size], body[self.block_size:]
        cipher = self._cipher(imei, iv)
        return imei, msg_type, unpad(cipher.decrypt(ciphertext), self.block_size)

    def encode(self, imei: str, msg_type: int, payload: bytes) -> bytes:
        iv = os.urandom(self.block_size)
        cipher = self._cipher(imei, iv)
        body = iv + cipher.encrypt(pad(payload, self.block_size))
        return HEADER.pack(imei.encode("ascii"), msg_type, len(body)) + body


def build_unlock(codec: LegacyDongleCodec, imei: str, reservation_id: int) -> bytes:
    log.info("queueing unlock for dongle %s (reservation %s)", imei, reservation_id)
    return codec.encode(imei, MSG_UNLOCK_CMD, struct.pack(">Q", reservation_id))
