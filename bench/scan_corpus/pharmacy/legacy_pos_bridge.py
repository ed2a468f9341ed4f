"""Frame codec for the in-store point-of-sale terminals.

The registers at older stores run firmware that only understands the
original frame format: 2-byte length, 8-byte IV, CBC ciphertext.
"""
import asyncio
import base64
import os
import struct

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

FRAME_HEADER = struct.Struct(">H")


def _terminal_key() -> bytes:
    return DES3.adjust_key_parity(base64.b64decode(os.environ["POS_TERMINAL_KEY"]))


def _frame_cipher(key: bytes, iv: bytes):
    return DES3.new(key, DES3.MODE_CBC, iv)


def encode_frame(payload: bytes, key: bytes) -> bytes:
    iv = get_random_bytes(DES3.block_size)
    body = iv + _frame_cipher(key, iv).encrypt(pad(payload, DES3.block_size))
    return FRAME_HEADER.pack(len(body)) + body


def decode_frame(body: bytes, key: bytes) -> bytes:
    iv, ct = body[: DES3.block_size], body[DES3.block_size :]
    return unpad(_frame_cipher(key, iv).decrypt(ct), DES3.block_size)


class PosBridge:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer
        self._key = _terminal_key()

    async def send(self, payload: bytes) -> None:
        self._writer.write(encode_frame(payload, self._key))
        await self._writer.drain()

    async def receive(self) -> bytes:
        header = await self._reader.readexactly(FRAME_HEADER.size)
        (length,) = FRAME_HEADER.unpack(header)
        return decode_frame(await self._reader.readexactly(length), self._key)
