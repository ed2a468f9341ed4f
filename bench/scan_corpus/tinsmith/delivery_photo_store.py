"""Worker that stores proof-of-delivery photos sent up by the van app.

The van app publishes one message per photo to the `pod.photos` queue with the
run, stop and the original file name from the phone, plus the JPEG as base64.
"""
import base64
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import pika

log = logging.getLogger("pod.worker")

POD_ROOT = Path("/srv/tinsmith/pod")
QUEUE = "pod.photos"
RUN_CODE = re.compile(r"^[A-Z0-9-]{2,20}$")


@dataclass
class PodPhoto:
    run_code: str
    stop_seq: int
    filename: str
    data: bytes

    @classmethod
    def from_message(cls, body: bytes) -> "PodPhoto":
        msg = json.loads(body)
        run_code = str(msg["run_code"]).upper()
        if not RUN_CODE.match(run_code):
            raise ValueError(f"unexpected run code {run_code!r}")
        return cls(
            run_code=run_code,
            stop_seq=int(msg["stop_seq"]),
            filename=msg["filename"],
            data=base64.b64decode(msg["jpeg_b64"]),
        )


def store_photo(photo: PodPhoto, root: Path = POD_ROOT) -> Path:
    stop_dir = root / photo.run_code / f"stop-{photo.stop_seq:03d}"
    stop_dir.mkdir(parents=True, exist_ok=True)
    target = stop_dir / photo.filename
    target.write_bytes(photo.data)
    return target


def on_message(channel, method, properties, body: bytes) -> None:
    try:
        photo = PodPhoto.from_message(body)
        path = store_photo(photo)
        log.info("stored POD photo for %s stop %d at %s", photo.run_code, photo.stop_seq, path)
        channel.basic_ack(delivery_tag=method.delivery_tag)
    except (KeyError, ValueError) as exc:
        log.error("discarding malformed POD message: %s", exc)
        channel.basic_nack(delivery_tag=method.delivery_tag, requeue=False)


def main(amqp_url: str) -> None:
    conn = pika.BlockingConnection(pika.URLParameters(amqp_url))
    channel = conn.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=8)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    channel.start_consuming()
