"""Receive chip read batches from timing mat controllers on the course.

Controllers push length-prefixed batches over TCP; each batch is a list of
(chip_id, mat_id, timestamp_ms) tuples.
"""
import asyncio
import logging
import os
import pickle as _serial
import struct

from timing.store import ReadStore

log = logging.getLogger("mats.listener")

LISTEN_HOST = os.environ["MAT_LISTEN_HOST"]
LISTEN_PORT = int(os.environ.get("MAT_LISTEN_PORT", "9400"))
HEADER = struct.Struct("!I")
MAX_BATCH_BYTES = 4 * 1024 * 1024


def decode_batch(payload: bytes) -> list[tuple]:
    return _serial.loads(payload)


async def handle_controller(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, store: ReadStore):
    peer = writer.get_extra_info("peername")
    log.info("controller connected from %s", peer)
    try:
        while True:
            (length,) = HEADER.unpack(await reader.readexactly(HEADER.size))
            if length > MAX_BATCH_BYTES:
                log.warning("oversized batch (%d bytes) from %s", length, peer)
                break
            reads = decode_batch(await reader.readexactly(length))
            await store.add_many(reads)
            log.debug("stored %d reads from %s", len(reads), peer)
    except asyncio.IncompleteReadError:
        log.info("controller %s disconnected", peer)
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    store = ReadStore.from_env()
    server = await asyncio.start_server(
        lambda r, w: handle_controller(r, w, store), LISTEN_HOST, LISTEN_PORT
    )
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
